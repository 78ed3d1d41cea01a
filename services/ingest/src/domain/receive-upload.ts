import type { DataSource } from '@mam/db';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { uploadsRepository } from '../repositories/uploads.repository';
import { renditionQueue } from '../jobs/rendition-queue';
import { requestJob } from './request-job';

/**
 * The whole file has arrived: record it and queue the `ingest` job that stores the master,
 * hashes and probes it and plans the renditions. Quick, so the uploader's last request returns at once.
 */
export async function receiveUpload(dataSource: DataSource, uploadId: string, size: number): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const upload = await uploadsRepository.find(manager, uploadId);
    if (!upload || upload.status !== 'uploading') return;
    await uploadsRepository.update(manager, uploadId, { status: 'received', size: String(size) });
    await ingestAssetsRepository.setStatus(manager, upload.asset_id, 'PROCESSING');
    await requestJob(renditionQueue, manager, {
      assetId: upload.asset_id,
      versionId: upload.version_id,
      kind: 'ingest',
    });
  });
}
