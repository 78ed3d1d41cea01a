import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { DestinationRefusedError, remoteJoin, type DestinationConnection } from './destination-client';

const REFUSALS: Record<string, string> = {
  ENOSPC: 'the destination folder is full',
  EDQUOT: 'the destination folder is over its quota',
  EACCES: 'no permission to write in the destination folder',
  EROFS: 'the destination folder is read-only',
};

/** A folder under the service's delivery root (a local disk or a mounted network share). */
export function openFolderDestination(root: string, folder: string): DestinationConnection {
  const base = resolve(root, folder);
  if (base !== resolve(root) && !base.startsWith(resolve(root) + sep))
    throw new DestinationRefusedError('the destination folder is outside the delivery root');
  const pathOf = (remote: string) => join(base, remoteJoin(remote));
  return {
    async put(body, remotePath) {
      const target = pathOf(remotePath);
      const partial = `${target}.partial`;
      try {
        await mkdir(dirname(target), { recursive: true });
        await pipeline(body, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true }).catch(() => undefined);
        const reason = REFUSALS[(error as NodeJS.ErrnoException).code ?? ''];
        if (reason) throw new DestinationRefusedError(reason, { cause: error });
        throw error;
      }
    },
    locate: (remotePath) => pathOf(remotePath),
    close: async () => undefined,
  };
}
