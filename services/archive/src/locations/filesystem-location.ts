import { createReadStream, createWriteStream, constants, mkdirSync } from 'node:fs';
import { access, mkdir, open, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { uuidv7 } from '@mam/events';
import { streamToSinks } from '../bag/stream-to-sinks';
import { assertBagPath, type ArchiveLocation, type BagSink } from './archive-location';

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * An archive location in a local or mounted folder. A bag is written under `.partial/` and
 * renamed into place on commit, so a worker killed mid-write leaves only a partial folder that
 * no record points at (a later write of the same bag replaces it).
 *
 * With `coldRestoreSeconds` it behaves as a cold tier (a tape library's mount, or tests standing
 * in for cold object storage): a file can be read only once its restore was requested and that
 * many seconds have passed, as an S3 Glacier object answers only after RestoreObject.
 */
export function createFilesystemLocation(
  name: string,
  root: string,
  options: { coldRestoreSeconds?: number } = {},
): ArchiveLocation {
  const bagDir = (bag: string) => join(root, assertBagPath(bag));
  const restoreMarker = (bag: string, path: string) =>
    join(root, '.restores', `${assertBagPath(bag).replaceAll('/', '_')}__${assertBagPath(path).replaceAll('/', '_')}`);
  return {
    name,
    describe: root,
    async assertWritable(bytes) {
      try {
        await access(root, constants.W_OK);
      } catch {
        throw new Error(`archive location ${name} is unreachable (${root} cannot be written)`);
      }
      const free = await this.freeBytes();
      if (free !== null && free < bytes)
        throw new Error(`archive location ${name} is full: ${free} bytes free, ${bytes} needed`);
    },
    async freeBytes() {
      const info = await statfs(root);
      return Number(info.bavail) * Number(info.bsize);
    },
    async beginBag(bag) {
      const target = bagDir(bag);
      const partial = join(root, '.partial', `${bag.replaceAll('/', '_')}`);
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      const written: string[] = [];
      const sink: BagSink = {
        file(path) {
          const file = join(partial, assertBagPath(path));
          written.push(file);
          mkdirSync(dirname(file), { recursive: true });
          return createWriteStream(file, { flags: 'w' });
        },
        async commit() {
          for (const file of written) await fsyncPath(file);
          await mkdir(dirname(target), { recursive: true });
          await rm(target, { recursive: true, force: true });
          await rename(partial, target);
          await fsyncPath(dirname(target));
        },
        abort: () => rm(partial, { recursive: true, force: true }),
      };
      return sink;
    },
    read: (bag, path) => createReadStream(join(bagDir(bag), assertBagPath(path))),
    async exists(bag, path) {
      return stat(join(bagDir(bag), assertBagPath(path))).then(
        (info) => info.isFile(),
        () => false,
      );
    },
    async replaceFile(bag, path, source, sha256) {
      const file = join(bagDir(bag), assertBagPath(path));
      const temporary = `${file}.repair-${uuidv7()}`;
      await mkdir(dirname(file), { recursive: true });
      try {
        const written = await streamToSinks(source, [createWriteStream(temporary)]);
        if (written.sha256 !== sha256) throw new Error(`repair source for ${path} does not match its recorded sha256`);
        await fsyncPath(temporary);
        await rename(temporary, file);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    deleteBag: (bag) => rm(bagDir(bag), { recursive: true, force: true }),
    localPath: (bag) => bagDir(bag),
    coldRestore: {
      async ready(bag, path) {
        if (!options.coldRestoreSeconds) return true;
        const requested = await stat(restoreMarker(bag, path)).then(
          (info) => info.mtimeMs,
          () => null,
        );
        return requested !== null && Date.now() - requested >= options.coldRestoreSeconds * 1000;
      },
      async request(bag, path) {
        if (!options.coldRestoreSeconds) return;
        const marker = restoreMarker(bag, path);
        if (
          await stat(marker).then(
            () => true,
            () => false,
          )
        )
          return;
        await mkdir(dirname(marker), { recursive: true });
        await writeFile(marker, new Date().toISOString());
      },
    },
  };
}
