import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { SFTPWrapper } from 'ssh2';
import { connectSftp, StorageRefusedError, type SftpCredentials, type SftpSettings } from '@mam/storage';
import { DestinationRefusedError, remoteJoin, type DestinationConnection } from './destination-client';

export type { SftpCredentials, SftpSettings } from '@mam/storage';

const SFTP_FAILURE = 4;
const NO_SPACE = /no space|quota|disk full/i;

/** Logs in; a refusal (login, host key, subsystem) fails the output at once as a refused destination. */
async function connect(settings: SftpSettings, credentials: SftpCredentials) {
  try {
    return await connectSftp(settings, credentials);
  } catch (error) {
    if (error instanceof StorageRefusedError) throw new DestinationRefusedError(error.message, { cause: error });
    throw error;
  }
}

const call = <T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolveCall, reject) => run((error, value) => (error ? reject(error) : resolveCall(value as T))));

/** Requests in flight while writing a file: the link stays busy over a long round trip. */
const WRITES_IN_FLIGHT = 16;

/** Writes a stream to a new remote file, several positioned writes in flight at a time. */
async function writeAll(sftp: SFTPWrapper, body: Readable, path: string): Promise<void> {
  const handle = await call<Buffer>((done) => sftp.open(path, 'w', done));
  const pending = new Set<Promise<void>>();
  let written = false;
  try {
    let position = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      const at = position;
      position += chunk.length;
      const write = call<void>((done) => sftp.write(handle, chunk, 0, chunk.length, at, (error) => done(error)));
      pending.add(write);
      write.then(
        () => pending.delete(write),
        () => undefined,
      );
      if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    written = true;
  } finally {
    await Promise.allSettled(pending);
    const closed = call<void>((done) => sftp.close(handle, (error) => done(error)));
    // A close that fails after every write may have lost the end of the file: that is a failure too.
    if (written) await closed;
    else await closed.catch(() => undefined);
  }
}

/** An SFTP server (password or private key); each file is written beside its name and renamed into place. */
export async function openSftpDestination(
  settings: SftpSettings,
  credentials: SftpCredentials,
): Promise<DestinationConnection> {
  const { client, sftp } = await connect(settings, credentials);
  const made = new Set<string>();
  const pathOf = (remote: string) => {
    const joined = remoteJoin(settings.path, remote);
    return settings.path.startsWith('/') ? `/${joined}` : joined;
  };
  async function mkdirs(dir: string): Promise<void> {
    if (!dir || dir === '.' || dir === '/' || made.has(dir)) return;
    await mkdirs(posix.dirname(dir));
    await call<void>((done) =>
      sftp.mkdir(dir, (error) =>
        done(error && (error as Error & { code?: number }).code !== SFTP_FAILURE ? error : null),
      ),
    ).catch(async (error: unknown) => {
      // Exists already (servers answer a generic failure): fine when it is a folder.
      const stats = await call<{ isDirectory(): boolean }>((done) => sftp.stat(dir, done)).catch(() => null);
      if (!stats?.isDirectory()) throw error;
    });
    made.add(dir);
  }
  return {
    async put(body, remotePath) {
      const target = pathOf(remotePath);
      const partial = `${target}.partial`;
      await mkdirs(posix.dirname(target));
      try {
        await writeAll(sftp, body, partial);
        await call<void>((done) => sftp.unlink(target, () => done(null)));
        await call<void>((done) => sftp.rename(partial, target, (error) => done(error)));
      } catch (error) {
        const message = (error as Error).message;
        if (NO_SPACE.test(message))
          throw new DestinationRefusedError(`the SFTP server is full: ${message}`, { cause: error });
        if ((error as Error & { code?: number }).code === 3)
          throw new DestinationRefusedError(`the SFTP server denied writing ${target}: ${message}`, { cause: error });
        throw error;
      }
    },
    locate: (remotePath) =>
      `sftp://${settings.host}:${settings.port}${pathOf(remotePath).startsWith('/') ? '' : '/'}${pathOf(remotePath)}`,
    async close() {
      client.end();
    },
  };
}
