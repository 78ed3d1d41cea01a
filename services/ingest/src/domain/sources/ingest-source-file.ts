import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { posix, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import type { Identity } from '@mam/graphql';
import type { SourceFile, SourceReader } from '@mam/storage';
import type { IngestConfig } from '../../config';
import { sourceObjectsRepository } from '../../repositories/source-objects.repository';
import type { StorageSourceRow } from '../../repositories/storage-sources.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { beginUpload } from '../begin-upload';
import { endUpload } from '../end-upload';
import { receiveUpload } from '../receive-upload';

/** Who files a source's uploads: the source itself, as an editor of its workspace. */
export function sourceIdentity(source: Pick<StorageSourceRow, 'name' | 'workspace_id'>): Identity {
  return { subject: `source:${source.name}`, workspaceId: source.workspace_id, roles: ['editor'], kind: 'system' };
}

/**
 * Takes one file of a source in: a new asset, or a new version of the asset it became before when
 * it changed. In place (the default) the upload only records where the file is, and every job reads
 * it from there; a copying source streams it into the upload folder first. Then the `ingest` job
 * is queued as for any upload.
 */
export async function ingestSourceFile(
  deps: { dataSource: DataSource; config: IngestConfig },
  source: StorageSourceRow,
  reader: SourceReader,
  file: SourceFile & { assetId: string | null },
): Promise<{ assetId: string; versionId: string }> {
  const uploadId = uuidv7();
  const ids = await beginUpload(deps.dataSource, sourceIdentity(source), 'storage-source', uploadId, {
    filename: posix.basename(file.path),
    assetId: file.assetId,
  });
  const inPlace = source.mode === 'in-place';
  const target = join(deps.config.UPLOAD_DIR, uploadId);
  try {
    await uploadsRepository.setSource(deps.dataSource, uploadId, {
      sourceId: source.id,
      path: file.path,
      modifiedAt: file.modifiedAt,
      etag: file.etag,
      inPlace,
    });
    if (!inPlace) await pipeline(await reader.read(file.path), createWriteStream(target));
    const size = inPlace ? file.size : (await stat(target)).size;
    await sourceObjectsRepository.setVersion(deps.dataSource, source.id, file, ids);
    await receiveUpload(deps.dataSource, uploadId, size);
  } catch (error) {
    await rm(target, { force: true });
    await endUpload(deps.dataSource, uploadId, 'terminated');
    throw error;
  }
  return ids;
}
