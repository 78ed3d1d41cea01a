import type { LogoReference, TextDetection } from '@mam/enrichment';
import { EnrichmentSkippedError } from '../../jobs/enrichment-engines';
import type { EnrichmentStep } from '../../jobs/enrichment-registry';
import { mergeKeyframeFindings, type KeyframeFindings } from '../../domain/enrichment/merge-keyframe-findings';
import { replaceSegments } from '../../domain/enrichment/replace-segments';
import { logosRepository } from '../../repositories/logos.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { keyframeProgress, withKeyframes } from './with-keyframes';

export const NO_LOGOS = 'skipped: no logos in the library';

/**
 * Logos: the workspace's logo library looked for on each keyframe, by wordmark in the frame's
 * on-screen text (when an OCR engine runs here) and by its reference images; the same logo on
 * neighbouring keyframes is one segment named after the logo.
 */
export const matchLogosStep: EnrichmentStep = async (job, identity, engines, context) => {
  const { dataSource, storage } = context;
  const upload = await uploadsRepository.findByVersion(dataSource, job.version_id);
  const logos = upload ? await logosRepository.ofWorkspace(dataSource, upload.workspace_id) : [];
  if (logos.length === 0) throw new EnrichmentSkippedError(NO_LOGOS);
  const matcher = engines.logos;
  if (!matcher) throw new EnrichmentSkippedError('the engine left this instance');
  const images = await logosRepository.imagesOf(
    dataSource,
    logos.map((logo) => logo.id),
  );
  const references: LogoReference[] = logos.map((logo) => ({
    id: logo.id,
    name: logo.name,
    wordmarks: logo.wordmarks,
    imagePaths: images
      .filter((image) => image.logo_id === logo.id)
      .map((image) => storage.localPath(image.storage_key)),
  }));
  const nameOf = new Map(logos.map((logo) => [logo.id, logo.name]));
  const ocr = engines.ocr && (await engines.ocr.availability()).installed ? engines.ocr : null;
  return withKeyframes(job, context, async ({ keyframes, rate, endFrame }) => {
    const findings: KeyframeFindings[] = [];
    for (const [i, keyframe] of keyframes.entries()) {
      const text: TextDetection[] = ocr ? await ocr.readText(keyframe.file, { signal: context.signal }) : [];
      const matches = await matcher.matchLogos(keyframe.file, references, text, { signal: context.signal });
      findings.push({
        frame: keyframe.frame,
        found: matches.map((match) => ({
          text: nameOf.get(match.logoId)!,
          confidence: match.confidence,
          box: match.box,
        })),
      });
      keyframeProgress(context, i + 1, keyframes.length);
    }
    const segments = mergeKeyframeFindings(findings, endFrame);
    await dataSource.transaction((manager) =>
      replaceSegments(
        manager,
        { assetId: job.asset_id, versionId: job.version_id, kind: 'logo', rate },
        identity,
        segments,
      ),
    );
    return { engine: identity, segments: segments.length };
  });
};
