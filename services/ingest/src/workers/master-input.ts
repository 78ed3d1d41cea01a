import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MediaError } from '@mam/media';
import { openInPlaceMaster } from '../domain/sources/open-in-place-master';
import type { UploadRow } from '../repositories/uploads.repository';
import type { JobContext } from './job-context';

/** A version's master opened for tools that read a file (ffmpeg, sharp, pdftoppm), wherever the master lives. */
export interface MasterInput {
  /** A path the tools can open until release(). */
  path: string;
  /** Where the master lives, for people (a storage key, a path, sftp://…, s3://…). */
  location: string;
  /** Fails when the master is no longer as it was when its ingest was queued (changed or gone at the source). */
  verifyUnchanged(): Promise<void>;
  release(): Promise<void>;
}

/**
 * The one way a job opens a master. A stored master is read from blob storage; an in-place master
 * is read at its source: directly on a local or NAS folder, else streamed from SFTP or S3 into the
 * job's scratch folder, removed when the job is done. A master that has left its source, or changed
 * since it was listed, fails the job with that reason (the next scan takes a changed file up again).
 */
export async function openMaster(upload: UploadRow, context: JobContext, workDir: string): Promise<MasterInput> {
  if (!upload.in_place) {
    if (!upload.master_key) throw new MediaError('the master of this version is not stored');
    return {
      path: context.storage.localPath(upload.master_key),
      location: upload.master_key,
      verifyUnchanged: async () => undefined,
      release: async () => undefined,
    };
  }
  const master = await openInPlaceMaster(upload, context);
  const verifyUnchanged = async () => void (await master.verifyUnchanged());
  try {
    await verifyUnchanged();
    const local = master.reader.localPath(master.path);
    if (local) {
      await master.close();
      return { path: local, location: master.location, verifyUnchanged, release: async () => undefined };
    }
    await mkdir(workDir, { recursive: true });
    const spooled = join(workDir, 'master');
    await pipeline(await master.reader.read(master.path), createWriteStream(spooled), { signal: context.signal });
    return {
      path: spooled,
      location: master.location,
      verifyUnchanged,
      release: async () => {
        await master.close();
        await rm(spooled, { force: true });
      },
    };
  } catch (error) {
    await master.close();
    throw error;
  }
}
