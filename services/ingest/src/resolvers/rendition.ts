import { signMediaFolderPath } from '@mam/storage';
import type { IngestConfig } from '../config';
import type { IngestContext } from '../context';
import type { HlsStreamOutput, RenditionJobRow } from '../repositories/rendition-jobs.repository';
import { mediaUrl, publicUrl } from './media-url';

/** A rendition's HLS stream: complete once the job is ready, growing while it runs (from its first segment). */
function hlsStreamOf(job: RenditionJobRow): HlsStreamOutput | null {
  const hls = job.output?.hls;
  if (!hls) return null;
  if (job.status === 'ready') return hls;
  return job.status === 'running' && !hls.complete ? hls : null;
}

/** A job row as the GraphQL Rendition, with short-lived signed URLs for its files. */
export function toRendition(job: RenditionJobRow, config: IngestConfig) {
  const url = (key: string) => mediaUrl(config, key);
  const output = job.status === 'ready' ? job.output : null;
  const hls = hlsStreamOf(job);
  return {
    id: job.id,
    versionId: job.version_id,
    kind: job.kind,
    status: job.status.toUpperCase(),
    progress: job.progress,
    attempts: job.attempts,
    reason: job.reason,
    url: output?.key ? url(output.key) : null,
    width: output?.width ?? null,
    height: output?.height ?? null,
    durationSeconds: output?.durationSeconds ?? null,
    items: (output?.items ?? []).map((item) => ({ ...item, url: url(item.key) })),
    details: output?.details ?? null,
    hls: hls && {
      url: publicUrl(
        config,
        signMediaFolderPath(hls.playlist, config.MEDIA_SIGNING_SECRET, config.MEDIA_URL_TTL_SECONDS),
      ),
      status: hls.complete ? 'READY' : 'STREAMING',
    },
    storageKey: output?.key ?? null,
  };
}

/** Fields of Rendition read beyond its job row. */
export const RenditionResolvers = {
  /** Bytes of the main file, as stored. */
  async size(rendition: { storageKey: string | null }, _args: unknown, context: IngestContext) {
    return rendition.storageKey ? ((await context.storage.stat(rendition.storageKey))?.size ?? null) : null;
  },
};
