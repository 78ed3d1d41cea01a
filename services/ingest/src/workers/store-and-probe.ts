import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { MediaProbedSchema, TOPICS, UploadCompletedSchema } from '@mam/proto';
import { appendToOutbox } from '@mam/events';
import { detectFileType, isMediaError, MediaError, type FileType } from '@mam/media';
import { storageKeys } from '@mam/storage';
import { planRenditions, type MediaKind } from '../domain/plan-renditions';
import { requestJob } from '../domain/request-job';
import { planEnrichment } from '../domain/enrichment/plan-enrichment';
import { enrichmentQueue } from '../jobs/enrichment-queue';
import { renditionQueue } from '../jobs/rendition-queue';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { technicalMetadataRepository } from '../repositories/technical-metadata.repository';
import { uploadsRepository, type UploadRow } from '../repositories/uploads.repository';
import type { RenditionJobRow } from '../repositories/rendition-jobs.repository';
import { identifyMedia, type MediaDescription } from './describe-media';
import { keepPreviousVersion } from '../domain/sources/keep-previous-version';
import { hashFile } from './hash-file';
import { openMaster } from './master-input';
import type { JobContext } from './job-context';

/**
 * The first job of every upload: hash the file (the one full read), decide what it is from its
 * bytes, move it under the master key (a rename: no copy) or, for a master kept in place at its
 * storage source, read it there, describe it, then record the version and plan its renditions in
 * one transaction. A file that cannot be read still has its master
 * kept and its version recorded; only its own job fails, with the reason.
 */
export async function storeAndProbe(job: RenditionJobRow, context: JobContext): Promise<void> {
  const { dataSource, storage, config } = context;
  const upload = await uploadsRepository.findByVersion(dataSource, job.version_id);
  if (!upload) throw new MediaError(`no upload recorded for version ${job.version_id}`);
  if (upload.in_place) {
    const workDir = join(config.UPLOAD_DIR, '.work', job.id);
    const master = await openMaster(upload, context, workDir);
    try {
      return await probeAndRecord(upload, master.path, null, context, async (sha256) => {
        await master.verifyUnchanged();
        // Touched but not changed (a copy tool's new date): the file stays the version it was.
        return (await keepPreviousVersion(dataSource, upload, sha256)) ? 'unchanged' : 'continue';
      });
    } finally {
      await master.release();
      await rm(workDir, { recursive: true, force: true });
    }
  }
  const masterKey = storageKeys.master(upload.asset_id, upload.version_id);
  const uploadPath = join(config.UPLOAD_DIR, upload.id);
  const source = existsSync(uploadPath)
    ? uploadPath
    : (await storage.stat(masterKey))
      ? storage.localPath(masterKey)
      : undefined;
  if (!source) throw new MediaError('the uploaded file is missing; upload it again');
  await probeAndRecord(upload, source, masterKey, context, async () => {
    if (source === uploadPath) {
      await storage.importFile(masterKey, uploadPath);
      await rm(`${uploadPath}.json`, { force: true });
    }
    return 'continue';
  });
}

/**
 * Hashes and describes the master at `path`, then records the version. `masterKey` is where the
 * master is stored, or null when it stays in place at its source; `afterHash` runs once the bytes
 * are read (moving an upload in under its key, or checking an in-place file did not change meanwhile).
 */
async function probeAndRecord(
  upload: UploadRow,
  path: string,
  masterKey: string | null,
  context: JobContext,
  afterHash: (sha256: string) => Promise<'continue' | 'unchanged'>,
): Promise<void> {
  const { dataSource, storage, config } = context;
  const size = Number(upload.size ?? 0);
  const sha256 = await hashFile(path, (bytes) => context.onProgress(size ? (0.6 * bytes) / size : 0));
  let type: FileType;
  let problem: string | null = null;
  try {
    type = await detectFileType(path);
  } catch (error) {
    if (!isMediaError(error)) throw error;
    type = { kind: 'other', mime: 'application/octet-stream', format: 'unknown' };
    problem = error.message;
  }
  if ((await afterHash(sha256)) === 'unchanged') return;
  const readable = masterKey ? storage.localPath(masterKey) : path;

  let description: MediaDescription | null = null;
  if (!problem) {
    try {
      ({ type, description } = await identifyMedia(type, readable, upload.filename, config));
    } catch (error) {
      if (!isMediaError(error)) throw error;
      problem = error.message;
    }
  }
  context.onProgress(0.9);
  // What the content is, as probed: the asset's type follows it (an MXF with a picture is video).
  const kind = description ? planningKind(type, description) : type.kind;

  await dataSource.transaction(async (manager) => {
    await uploadsRepository.update(manager, upload.id, {
      status: 'stored',
      sha256,
      size: String(size),
      mime_type: type.mime,
      media_kind: kind,
      master_key: masterKey,
      failure_reason: problem,
    });
    await technicalMetadataRepository.save(manager, {
      version_id: upload.version_id,
      asset_id: upload.asset_id,
      media_kind: kind,
      mime_type: type.mime,
      metadata: description ?? null,
      error: problem,
    });
    const actor = { subject: upload.uploaded_by, workspaceId: upload.workspace_id, kind: 'user' as const };
    await appendToOutbox(manager, TOPICS.ingestUpload, {
      type: 'upload.completed',
      aggregateId: upload.asset_id,
      actor,
      schema: UploadCompletedSchema,
      payload: {
        uploadId: upload.id,
        assetId: upload.asset_id,
        versionId: upload.version_id,
        workspaceId: upload.workspace_id,
        filename: upload.filename,
        size: BigInt(size),
        sha256,
        mimeType: type.mime,
        newAsset: upload.new_asset,
        title: upload.title ?? '',
        note: upload.note ?? '',
        uploadedBy: upload.uploaded_by,
        collectionId: upload.collection_id ?? '',
        completedAt: timestampFromDate(new Date()),
        mediaKind: kind,
        masterKey: masterKey ?? '',
      },
    });
    if (description) {
      const { summary } = description;
      await appendToOutbox(manager, TOPICS.ingestUpload, {
        type: 'media.probed',
        aggregateId: upload.asset_id,
        actor,
        schema: MediaProbedSchema,
        payload: {
          assetId: upload.asset_id,
          versionId: upload.version_id,
          workspaceId: upload.workspace_id,
          mediaKind: kind,
          format: summary.format ?? type.format,
          durationSeconds: summary.durationSeconds ?? 0,
          width: summary.width ?? 0,
          height: summary.height ?? 0,
          frameRate: summary.frameRate ?? '',
          codec: summary.codec ?? '',
          technicalMetadataJson: JSON.stringify(description.details),
        },
      });
    }
    const renditions =
      problem || !description
        ? []
        : planRenditions(kind, { hasAudio: description.summary.hasAudio, hasVideo: description.summary.hasVideo });
    for (const rendition of renditions)
      await requestJob(renditionQueue, manager, {
        assetId: upload.asset_id,
        versionId: upload.version_id,
        kind: rendition,
      });
    // Enrichment runs on its own queue once the master is stored; it never holds up the renditions.
    const enrichments =
      problem || !description
        ? []
        : planEnrichment(
            kind,
            { hasAudio: description.summary.hasAudio, hasVideo: description.summary.hasVideo },
            { enabled: config.ENRICHMENT, faces: config.FACE_RECOGNITION },
          );
    for (const enrichment of enrichments)
      await requestJob(enrichmentQueue, manager, {
        assetId: upload.asset_id,
        versionId: upload.version_id,
        kind: enrichment,
      });
    if (!problem && renditions.length === 0) {
      await ingestAssetsRepository.setStatus(manager, upload.asset_id, 'READY', 'no preview for this type');
    }
  });
  if (problem) throw new MediaError(problem);
}

/** A video container with only sound is planned as audio. */
function planningKind(type: FileType, description: MediaDescription): MediaKind {
  if (type.kind === 'video' && !description.summary.hasVideo) return description.summary.hasAudio ? 'audio' : 'other';
  return type.kind;
}
