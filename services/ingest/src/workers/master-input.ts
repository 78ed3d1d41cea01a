import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MediaError } from '@mam/media';
import type { SourceFile, SourceReader } from '@mam/storage';
import { openSource } from '../domain/sources/open-source';
import { sourceObjectsRepository } from '../repositories/source-objects.repository';
import { storageSourcesRepository } from '../repositories/storage-sources.repository';
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

const sameSecond = (a: Date | null, b: Date) =>
  a !== null && Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);

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
  const source = upload.source_id ? await storageSourcesRepository.find(context.dataSource, upload.source_id) : null;
  if (!source || !upload.source_path) throw new MediaError('the storage source of this master has been removed');
  const path = upload.source_path;
  const reader = await openSource(source, context.config);
  const location = reader.locate(path);
  const verifyUnchanged = async (current: SourceReader = reader) => {
    const now = await current.stat(path);
    if (!now) throw new MediaError(`the master is no longer at ${location}: it was moved or deleted at the source`);
    if (!isAsRecorded(upload, now)) {
      await sourceObjectsRepository.forgetFacts(context.dataSource, source.id, path);
      throw new MediaError(
        `the master at ${location} changed at the source while it was being ingested; the next scan takes it up again`,
      );
    }
  };
  try {
    await verifyUnchanged();
    const local = reader.localPath(path);
    if (local) {
      await reader.close();
      return { path: local, location, verifyUnchanged: () => verifyUnchanged(), release: async () => undefined };
    }
    await mkdir(workDir, { recursive: true });
    const spooled = join(workDir, 'master');
    await pipeline(await reader.read(path), createWriteStream(spooled), { signal: context.signal });
    return {
      path: spooled,
      location,
      verifyUnchanged: () => verifyUnchanged(),
      release: async () => {
        await reader.close().catch(() => undefined);
        await rm(spooled, { force: true });
      },
    };
  } catch (error) {
    await reader.close().catch(() => undefined);
    throw error;
  }
}

function isAsRecorded(upload: UploadRow, now: SourceFile): boolean {
  return (
    Number(upload.size) === now.size &&
    sameSecond(upload.source_modified_at, now.modifiedAt) &&
    (upload.source_etag ?? null) === (now.etag ?? null)
  );
}
