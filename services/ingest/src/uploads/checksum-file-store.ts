import { createHash } from 'node:crypto';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';

export interface UploadRecords {
  /** A finished upload whose file has moved on to storage, as tus describes it; undefined otherwise. */
  finished(id: string): Promise<Upload | undefined>;
  /** Called once an unfinished upload's file is removed (terminated by its client, or expired). */
  removed(id: string): Promise<void>;
}

/**
 * The tus checksum extension (sha256) on top of the file store: a chunk whose hash differs is
 * discarded with 460. A finished upload stays known after its file became a master (HEAD answers
 * its full offset until it expires), and a removed upload is reported to the ingest records.
 */
export class ChecksumFileStore extends FileStore {
  /** Upload-Checksum headers of requests in flight, by upload id (set just before the write). */
  private readonly expected = new Map<string, string>();

  constructor(
    options: ConstructorParameters<typeof FileStore>[0],
    private readonly records?: UploadRecords,
  ) {
    super(options);
    this.extensions = [...this.extensions, 'checksum'];
  }

  override async getUpload(id: string): Promise<Upload> {
    try {
      return await super.getUpload(id);
    } catch (error) {
      const finished = await this.records?.finished(id);
      if (finished) return finished;
      throw error;
    }
  }

  override async remove(id: string): Promise<void> {
    await super.remove(id);
    await this.records?.removed(id);
  }

  expectChecksum(uploadId: string, header: string | null): void {
    if (!header) {
      this.expected.delete(uploadId);
      return;
    }
    const [algorithm, digest] = header.trim().split(/\s+/, 2);
    if (algorithm !== 'sha256')
      throw { status_code: 400, body: `Unsupported checksum algorithm ${algorithm}; use sha256\n` };
    if (!digest || !/^[A-Za-z0-9+/]+={0,2}$/.test(digest))
      throw { status_code: 400, body: 'Upload-Checksum must be "sha256 <base64 digest>"\n' };
    this.expected.set(uploadId, digest);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const expected = this.expected.get(id);
    this.expected.delete(id);
    if (!expected) return super.write(readable, id, offset);
    const hash = createHash('sha256');
    const hashing = new PassThrough();
    hashing.on('data', (chunk: Buffer) => hash.update(chunk));
    readable.on('error', (error) => hashing.destroy(error));
    readable.pipe(hashing);
    const newOffset = await super.write(hashing, id, offset);
    if (hash.digest('base64') !== expected) {
      await truncate(join(this.directory, id), offset);
      throw { status_code: 460, body: 'Checksum Mismatch\n' };
    }
    return newOffset;
  }
}
