import type { DataSource } from '@mam/db';
import { MediaError } from '@mam/media';
import type { SourceFile, SourceReader } from '@mam/storage';
import type { IngestConfig } from '../../config';
import { sourceObjectsRepository } from '../../repositories/source-objects.repository';
import { storageSourcesRepository } from '../../repositories/storage-sources.repository';
import type { UploadRow } from '../../repositories/uploads.repository';
import { openSource } from './open-source';

/** A version's master at its storage source, connected: the reader stays open until close(). */
export interface InPlaceMaster {
  reader: SourceReader;
  /** The master's path in its source. */
  path: string;
  /** Where the master lives, for people (a path, sftp://…, s3://…). */
  location: string;
  /** The master's facts now; fails when it is no longer as it was when its version was recorded (changed or gone at the source). */
  verifyUnchanged(): Promise<SourceFile>;
  close(): Promise<void>;
}

const sameSecond = (a: Date | null, b: Date) =>
  a !== null && Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);

function isAsRecorded(upload: UploadRow, now: SourceFile): boolean {
  return (
    Number(upload.size) === now.size &&
    sameSecond(upload.source_modified_at, now.modifiedAt) &&
    (upload.source_etag ?? null) === (now.etag ?? null)
  );
}

/**
 * Connects to the storage source an in-place master lives in, checked as it was recorded. A master
 * that has left its source, or changed since it was listed, fails with that reason (and a changed
 * one is forgotten, so the next scan takes it up again as a new version).
 */
export async function openInPlaceMaster(
  upload: UploadRow,
  deps: { dataSource: DataSource; config: Pick<IngestConfig, 'SOURCE_SECRET_KEY' | 'LOCAL_SOURCE_ROOT'> },
): Promise<InPlaceMaster> {
  const source = upload.source_id ? await storageSourcesRepository.find(deps.dataSource, upload.source_id) : null;
  if (!source || !upload.source_path) throw new MediaError('the storage source of this master has been removed');
  const path = upload.source_path;
  const reader = await openSource(source, deps.config);
  const location = reader.locate(path);
  const verifyUnchanged = async () => {
    const now = await reader.stat(path);
    if (!now) throw new MediaError(`the master is no longer at ${location}: it was moved or deleted at the source`);
    if (!isAsRecorded(upload, now)) {
      await sourceObjectsRepository.forgetFacts(deps.dataSource, source.id, path);
      throw new MediaError(
        `the master at ${location} changed at the source since it was listed; the next scan takes it up again`,
      );
    }
    return now;
  };
  return { reader, path, location, verifyUnchanged, close: () => reader.close().catch(() => undefined) };
}
