import { join } from 'node:path';
import { uuidv7 } from '@mam/events';
import { cropRegion } from '@mam/media';
import { storageKeys } from '@mam/storage';
import { EnrichmentSkippedError } from '../../jobs/enrichment-engines';
import type { EnrichmentStep } from '../../jobs/enrichment-registry';
import { recordFaces, type FoundFace } from '../../domain/people/record-faces';
import { faceRecognitionSettingsRepository } from '../../repositories/people.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { keyframeProgress, withKeyframes } from './with-keyframes';

export const FACE_RECOGNITION_OFF = 'skipped: face recognition is off in this workspace';

/**
 * Faces: every face on each keyframe, with its embedding and a small picture of it, grouped into
 * the workspace's people; each person's time ranges on the version become `person` segments.
 */
export const recognizeFacesStep: EnrichmentStep = async (job, identity, engines, context) => {
  const upload = await uploadsRepository.findByVersion(context.dataSource, job.version_id);
  if (upload && !(await faceRecognitionSettingsRepository.enabled(context.dataSource, upload.workspace_id)).enabled)
    throw new EnrichmentSkippedError(FACE_RECOGNITION_OFF);
  const vision = engines.vision;
  if (!vision) throw new EnrichmentSkippedError('the engine left this instance');
  return withKeyframes(job, context, async ({ upload, rate, keyframes, workDir }) => {
    const crops = storageKeys.renditionDir(job.asset_id, job.version_id, 'faces');
    await context.storage.deletePrefix(crops);
    const found: FoundFace[] = [];
    for (const [i, keyframe] of keyframes.entries()) {
      for (const face of await vision.detectFaces(keyframe.file, { signal: context.signal })) {
        const id = uuidv7();
        const crop = join(workDir, `${id}.jpg`);
        await cropRegion(keyframe.file, face.box, crop);
        const cropKey = storageKeys.rendition(job.asset_id, job.version_id, 'faces', `${id}.jpg`);
        await context.storage.importFile(cropKey, crop);
        found.push({ id, startFrame: keyframe.frame, endFrame: keyframe.until, ...face, cropKey });
      }
      keyframeProgress(context, i + 1, keyframes.length);
    }
    const segments = await context.dataSource.transaction((manager) =>
      recordFaces(
        manager,
        { workspaceId: upload.workspace_id, assetId: job.asset_id, versionId: job.version_id, rate },
        identity,
        found,
      ),
    );
    return { engine: identity, segments };
  });
};
