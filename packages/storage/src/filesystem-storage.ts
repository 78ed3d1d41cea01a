import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobStorage, ByteRange, StoredBlob } from './blob-storage';
import { assertSafeKey } from './storage-keys';

/** Blob storage in a local (or mounted shared) folder. */
export function createFilesystemStorage(root: string): BlobStorage {
  const pathOf = (key: string) => join(root, assertSafeKey(key));

  return {
    async importFile(key, localPath): Promise<StoredBlob> {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      try {
        await rename(localPath, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        // Another device: copy next to the target, then rename into place atomically.
        const partial = `${target}.partial`;
        await copyFile(localPath, partial);
        await rename(partial, target);
        await unlink(localPath);
      }
      return { size: (await stat(target)).size };
    },
    async stat(key) {
      try {
        const info = await stat(pathOf(key));
        return info.isFile() ? { size: info.size } : null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    read(key: string, range?: ByteRange) {
      return createReadStream(pathOf(key), range ? { start: range.start, end: range.end } : {});
    },
    localPath: pathOf,
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async deletePrefix(prefix) {
      await rm(pathOf(prefix), { recursive: true, force: true });
    },
  };
}
