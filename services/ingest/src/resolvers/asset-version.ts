import { isAssetVisible } from '@mam/asset-access';
import type { IngestContext } from '../context';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { technicalMetadataRepository } from '../repositories/technical-metadata.repository';
import { uploadsRepository } from '../repositories/uploads.repository';
import { toRendition } from './rendition';
import { enrichmentJobsRepository } from '../repositories/enrichment-jobs.repository';
import { enrichmentSegmentsRepository } from '../repositories/enrichment-segments.repository';
import { readTranscript } from '../domain/enrichment/read-transcript';
import { segmentKindsOf, toEnrichmentJob, toEnrichmentSegment } from './enrichment';

/** The version's upload, when the caller's workspace owns its asset. */
async function visibleUpload(version: { id: string }, context: IngestContext) {
  const upload = await uploadsRepository.findByVersion(context.dataSource, version.id);
  return upload && (await isAssetVisible(context.dataSource, context, upload.asset_id)) ? upload : undefined;
}

export const AssetVersionResolvers = {
  async technicalMetadata(version: { id: string }, _args: unknown, context: IngestContext) {
    const upload = await visibleUpload(version, context);
    if (!upload) return null;
    const row = await technicalMetadataRepository.find(context.dataSource, version.id);
    if (!row) return null;
    const summary = row.metadata?.summary ?? {};
    return {
      mediaKind: row.media_kind,
      mimeType: row.mime_type,
      format: summary.format ?? null,
      fileSize: upload.size === null ? null : Number(upload.size),
      sha256: upload.sha256,
      durationSeconds: summary.durationSeconds ?? null,
      frameRate: summary.frameRate ?? null,
      durationFrames: summary.durationFrames ?? null,
      variableFrameRate: summary.variableFrameRate ?? null,
      proxyFrameRate: summary.proxyFrameRate ?? null,
      scanType: summary.scanType ?? null,
      fieldOrder: summary.fieldOrder ?? null,
      startTimecode: summary.startTimecode ?? null,
      width: summary.width ?? null,
      height: summary.height ?? null,
      bitRate: summary.bitRate ?? null,
      error: row.error,
      details: row.metadata?.details ?? null,
    };
  },
  async renditions(version: { id: string }, _args: unknown, context: IngestContext) {
    if (!(await visibleUpload(version, context))) return [];
    return (await renditionJobsRepository.forVersion(context.dataSource, version.id)).map((job) =>
      toRendition(job, context.config),
    );
  },
  async enrichmentSegments(version: { id: string }, args: { kinds?: string[] | null }, context: IngestContext) {
    if (!(await visibleUpload(version, context))) return [];
    const rows = await enrichmentSegmentsRepository.forVersion(
      context.dataSource,
      version.id,
      segmentKindsOf(args.kinds),
    );
    return rows.map(toEnrichmentSegment);
  },
  async enrichmentJobs(version: { id: string }, _args: unknown, context: IngestContext) {
    if (!(await visibleUpload(version, context))) return [];
    return (await enrichmentJobsRepository.forVersion(context.dataSource, version.id)).map(toEnrichmentJob);
  },
  async transcript(version: { id: string }, _args: unknown, context: IngestContext) {
    if (!(await visibleUpload(version, context))) return null;
    return (await readTranscript(context.dataSource, version.id)) ?? null;
  },
};
