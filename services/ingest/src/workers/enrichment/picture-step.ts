import type { EnrichmentEngines } from '../../jobs/enrichment-engines';
import type { EnrichmentStep } from '../../jobs/enrichment-registry';
import type { Finding, KeyframeFindings } from '../../domain/enrichment/merge-keyframe-findings';
import { mergeKeyframeFindings } from '../../domain/enrichment/merge-keyframe-findings';
import { replaceSegments } from '../../domain/enrichment/replace-segments';
import type { SegmentKind } from '../../repositories/enrichment-segments.repository';
import { keyframeProgress, withKeyframes } from './with-keyframes';

/** What one picture engine reads on one keyframe. */
export type ReadKeyframe = (engines: EnrichmentEngines, imagePath: string, signal: AbortSignal) => Promise<Finding[]>;

/**
 * A picture engine's work on a version: the engine on each keyframe, and the same finding on
 * neighbouring keyframes merged into one segment, replacing that kind's earlier segments.
 */
export function pictureStep(kind: SegmentKind, read: ReadKeyframe): EnrichmentStep {
  return (job, identity, engines, context) =>
    withKeyframes(job, context, async ({ keyframes, rate, endFrame }) => {
      const findings: KeyframeFindings[] = [];
      for (const [i, keyframe] of keyframes.entries()) {
        findings.push({ frame: keyframe.frame, found: await read(engines, keyframe.file, context.signal) });
        keyframeProgress(context, i + 1, keyframes.length);
      }
      const segments = mergeKeyframeFindings(findings, endFrame);
      await context.dataSource.transaction((manager) =>
        replaceSegments(manager, { assetId: job.asset_id, versionId: job.version_id, kind, rate }, identity, segments),
      );
      return { engine: identity, segments: segments.length };
    });
}
