import type { DataSource } from '@mam/db';
import { sourceObjectsRepository } from '../../repositories/source-objects.repository';
import { uploadsRepository, type UploadRow } from '../../repositories/uploads.repository';
import { followUploads } from '../end-upload';

/**
 * A source file listed as changed (another date) whose bytes hash as the version it last became:
 * no new version is made. The upload ends, the file points at that version again with its new
 * facts, and the asset's status follows its real latest version. False when the content changed.
 */
export async function keepPreviousVersion(dataSource: DataSource, upload: UploadRow, sha256: string): Promise<boolean> {
  if (!upload.source_id || !upload.source_path) return false;
  const previous = await uploadsRepository.previousFromSource(dataSource, upload);
  if (previous?.sha256 !== sha256) return false;
  await dataSource.transaction(async (manager) => {
    await uploadsRepository.update(manager, upload.id, {
      status: 'terminated',
      sha256,
      failure_reason: `same content as version ${previous.version_id}`,
    });
    await sourceObjectsRepository.pointAt(manager, upload.source_id!, upload.source_path!, previous.version_id);
    await followUploads(manager, upload.asset_id);
  });
  return true;
}
