import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { extractKeyframes, MediaError, secondsToFrames } from '@mam/media';
import type { EnrichmentEngines } from '../../jobs/enrichment-engines';
import type { EnrichmentStep } from '../../jobs/enrichment-registry';
import type { Finding, KeyframeFindings } from '../../domain/enrichment/merge-keyframe-findings';
import { mergeKeyframeFindings } from '../../domain/enrichment/merge-keyframe-findings';
import { replaceSegments } from '../../domain/enrichment/replace-segments';
import type { SegmentKind } from '../../repositories/enrichment-segments.repository';
import { technicalMetadataRepository } from '../../repositories/technical-metadata.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { openMaster } from '../master-input';
import { versionTiming } from './version-timing';

/** What one picture engine reads on one keyframe. */
export type ReadKeyframe = (engines: EnrichmentEngines, imagePath: string, signal: AbortSignal) => Promise<Finding[]>;

/**
 * A picture engine's work on a version: keyframes of the master (scene changes, at least one every
 * KEYFRAME_INTERVAL_SECONDS; a still is its own), the engine on each, and the same finding on
 * neighbouring keyframes merged into one segment, replacing that kind's earlier segments.
 */
export function pictureStep(kind: SegmentKind, read: ReadKeyframe): EnrichmentStep {
  return async (job, identity, engines, context) => {
    const { dataSource, config } = context;
    const upload = await uploadsRepository.findByVersion(dataSource, job.version_id);
    if (!upload) throw new MediaError(`no upload recorded for version ${job.version_id}`);
    const metadata = await technicalMetadataRepository.find(dataSource, job.version_id);
    const { rate, endFrame } = versionTiming(metadata);
    const workDir = join(config.UPLOAD_DIR, '.work', job.id);
    const master = await openMaster(upload, context, workDir);
    try {
      const keyframes = await extractKeyframes(master.path, join(workDir, 'keyframes'), {
        still: metadata?.media_kind === 'image',
        maxGapSeconds: config.KEYFRAME_INTERVAL_SECONDS,
        threshold: config.KEYFRAME_SCENE_THRESHOLD,
        signal: context.signal,
        onProgress: (fraction) => context.onProgress(0.2 * fraction),
      });
      const findings: KeyframeFindings[] = [];
      for (const [i, keyframe] of keyframes.entries()) {
        const found = await read(engines, keyframe.file, context.signal);
        findings.push({ frame: keyframe.frame ?? secondsToFrames(keyframe.seconds, rate, 'floor'), found });
        context.onProgress(0.2 + (0.8 * (i + 1)) / keyframes.length);
      }
      const segments = mergeKeyframeFindings(findings, endFrame);
      await dataSource.transaction((manager) =>
        replaceSegments(manager, { assetId: job.asset_id, versionId: job.version_id, kind, rate }, identity, segments),
      );
      return { engine: identity, segments: segments.length };
    } finally {
      await master.release();
      await rm(workDir, { recursive: true, force: true });
    }
  };
}
