import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isIgnoredName, type SourceFile, type SourceReader } from './source-reader';

const toPosix = (path: string) => path.split(sep).join('/');

/** A folder on this machine or a mounted NAS share; files are read where they are. */
export function openLocalSource(root: string): SourceReader {
  const full = (path: string) => join(root, ...path.split('/'));
  async function fileAt(absolute: string): Promise<SourceFile | null> {
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (!info?.isFile()) return null;
    return { path: toPosix(relative(root, absolute)), size: info.size, modifiedAt: info.mtime, etag: null };
  }
  return {
    async *pages(_cursor, pageSize) {
      const folders = [root];
      let files: SourceFile[] = [];
      while (folders.length) {
        const folder = folders.pop()!;
        const dir = await opendir(folder, { bufferSize: 256 });
        for await (const entry of dir) {
          if (isIgnoredName(entry.name)) continue;
          const absolute = join(folder, entry.name);
          if (entry.isDirectory()) folders.push(absolute);
          else if (entry.isFile()) {
            const file = await fileAt(absolute);
            if (file) files.push(file);
            if (files.length >= pageSize) {
              yield { files, cursor: null };
              files = [];
            }
          }
        }
      }
      if (files.length) yield { files, cursor: null };
    },
    stat: (path) => fileAt(full(path)),
    async read(path, range) {
      return createReadStream(full(path), { highWaterMark: 1024 * 1024, ...range });
    },
    localPath: (path) => full(path),
    locate: (path) => full(path),
    async close() {},
  };
}
