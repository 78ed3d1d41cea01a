import { posix } from 'node:path';
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
    async put(localPath, remotePath) {
      const target = pathOf(remotePath);
      const partial = `${target}.partial`;
      await mkdirs(posix.dirname(target));
      try {
        await call<void>((done) => sftp.fastPut(localPath, partial, (error) => done(error)));
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
