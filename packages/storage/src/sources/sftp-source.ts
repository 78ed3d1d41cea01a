import { posix } from 'node:path';
import type { FileEntryWithStats, SFTPWrapper, Stats } from 'ssh2';
import { connectSftp, StorageRefusedError, type SftpCredentials, type SftpSettings } from '../sftp-connect';
import { isIgnoredName, type SourceFile, type SourceReader } from './source-reader';

const NO_SUCH_FILE = 2;
const PERMISSION_DENIED = 3;
const EOF = 1;
const isFolder = (mode: number) => (mode & 0o170000) === 0o040000;
const isRegular = (mode: number) => (mode & 0o170000) === 0o100000;

const call = <T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolveCall, reject) => run((error, value) => (error ? reject(error) : resolveCall(value as T))));

/** A folder on an SFTP server, walked a directory chunk at a time (as the server sends them). */
export async function openSftpSource(settings: SftpSettings, credentials: SftpCredentials): Promise<SourceReader> {
  const { client, sftp } = await connectSftp(settings, credentials);
  const root = settings.path || '.';
  const full = (path: string) => posix.join(root, path);
  const fileOf = (path: string, attrs: Stats): SourceFile => ({
    path,
    size: attrs.size,
    modifiedAt: new Date(attrs.mtime * 1000),
    etag: null,
  });
  const explain = (error: unknown, what: string): Error => {
    const code = (error as Error & { code?: number }).code;
    if (code === PERMISSION_DENIED)
      return new StorageRefusedError(`the SFTP server denied ${what}: ${(error as Error).message}`, { cause: error });
    return error as Error;
  };
  async function* chunks(sftpSession: SFTPWrapper, folder: string): AsyncGenerator<FileEntryWithStats[]> {
    const handle = await call<Buffer>((done) => sftpSession.opendir(folder, done)).catch((error: unknown) => {
      throw explain(error, `listing ${folder}`);
    });
    try {
      for (;;) {
        const list = await call<FileEntryWithStats[] | false>((done) => sftpSession.readdir(handle, done)).catch(
          (error: Error & { code?: number }) => {
            if (error.code === EOF) return false as const;
            throw error;
          },
        );
        if (!list) return;
        yield list;
      }
    } finally {
      await call<void>((done) => sftpSession.close(handle, done)).catch(() => undefined);
    }
  }
  return {
    async *pages(_cursor, pageSize) {
      const folders = [''];
      let files: SourceFile[] = [];
      while (folders.length) {
        const folder = folders.pop()!;
        for await (const list of chunks(sftp, full(folder))) {
          for (const entry of list) {
            if (entry.filename === '.' || entry.filename === '..' || isIgnoredName(entry.filename)) continue;
            const path = folder ? `${folder}/${entry.filename}` : entry.filename;
            if (isFolder(entry.attrs.mode)) folders.push(path);
            else if (isRegular(entry.attrs.mode)) files.push(fileOf(path, entry.attrs));
            if (files.length >= pageSize) {
              yield { files, cursor: null };
              files = [];
            }
          }
        }
      }
      if (files.length) yield { files, cursor: null };
    },
    async stat(path) {
      try {
        const attrs = await call<Stats>((done) => sftp.stat(full(path), done));
        return isRegular(attrs.mode) ? fileOf(path, attrs) : null;
      } catch (error) {
        if ((error as Error & { code?: number }).code === NO_SUCH_FILE) return null;
        throw explain(error, `reading ${full(path)}`);
      }
    },
    async read(path, range) {
      return sftp.createReadStream(full(path), { highWaterMark: 256 * 1024, ...range });
    },
    localPath: () => null,
    locate: (path) => `sftp://${settings.host}:${settings.port}${full(path).startsWith('/') ? '' : '/'}${full(path)}`,
    async close() {
      client.end();
    },
  };
}
