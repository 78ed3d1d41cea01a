import { open } from 'node:fs/promises';
import { EmptyFileError } from './errors';
import { fileTypeFromBytes } from './file-signature';
import type { FileType } from './file-type';

/** How much of a file is read to identify it. */
const SNIFF_BYTES = 8192;

/** Identifies a file by its magic bytes, reading only its first few KB. Throws EmptyFileError for a zero-byte file. */
export async function detectFileType(path: string): Promise<FileType> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    if (bytesRead === 0) throw new EmptyFileError();
    return fileTypeFromBytes(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
