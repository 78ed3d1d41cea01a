import type { ReviewContext } from '../../context';
import { renditionsRepository } from '../../repositories/renditions.repository';
import type { LinkPermission } from '../../repositories/links.repository';
import { versionFor, viewerOf, type Viewer } from '../viewer';
import type { JobRow } from '@mam/jobs';
import type { GuestWatermarkOutput } from '../../jobs/review-jobs';
import { guestCopy } from './guest-copy';
import { masterRefusal } from './master-rights';
import { downloadUrl, mediaUrl, type DownloadKind } from './media-urls';

export type ReviewMediaStatus = 'READY' | 'PREPARING' | 'FAILED';

/** What the caller may play and download of a version, as short-lived signed URLs. */
export interface ReviewMedia {
  status: ReviewMediaStatus;
  reason: string | null;
  streamUrl: string | null;
  posterUrl: string | null;
  downloadProxyUrl: string | null;
  downloadMasterUrl: string | null;
  /** Why a master download the link permits is refused (the asset's rights forbid it), null otherwise. */
  downloadMasterRefusal: string | null;
}

const waiting = (status: ReviewMediaStatus, reason: string): ReviewMedia => ({
  status,
  reason,
  streamUrl: null,
  posterUrl: null,
  downloadProxyUrl: null,
  downloadMasterUrl: null,
  downloadMasterRefusal: null,
});

/** Why a guest's copy cannot be played yet, or null once it is made. */
function copyState(copy: JobRow): ReviewMedia | null {
  if (copy.status === 'ready') return null;
  if (copy.status === 'queued' || copy.status === 'running')
    return waiting('PREPARING', `Your copy is being prepared (${Math.round(copy.progress * 100)}%)`);
  return waiting('FAILED', `Your copy could not be prepared: ${copy.reason ?? copy.status}`);
}

/** Members download as their role allows; guests only what their link permits. */
const mayDownload = (viewer: Viewer, permission: LinkPermission) =>
  viewer.kind === 'member' || viewer.link.permissions.includes(permission);

/**
 * A version's media for the caller: members get the ordinary proxy and poster URLs, guests the
 * same but short-lived, expiring with their link, for the versions their link covers only (null
 * otherwise, like a missing version). Download URLs only with the permission to download, and a
 * guest's master download only while the asset's rights allow it (the refusal's reason instead).
 */
export async function readReviewMedia(context: ReviewContext, versionId: string): Promise<ReviewMedia | null> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, 'VIEW').catch(() => null);
  if (!version) return null;
  const settings = context.media;
  if (!settings.secret) return waiting('FAILED', 'This review service is not configured to hand out media URLs');
  const renditions = await renditionsRepository.ofVersion(context.dataSource, version.versionId);
  const proxy = renditions.get('proxy') ?? renditions.get('audio_proxy');
  const kind = version.media?.kind;
  if (kind && kind !== 'video' && kind !== 'audio')
    return waiting('FAILED', `A ${kind === 'image' ? 'still image' : kind} has no stream to play`);
  if (proxy?.status === 'failed') return waiting('FAILED', `The proxy could not be made: ${proxy.reason}`);
  if (!proxy?.storageKey) return waiting('PREPARING', 'The proxy is being made');
  // A guest plays only their own copy of a video's proxy, with their name and email burnt in.
  let streamKey = proxy.storageKey;
  if (viewer.kind === 'guest' && renditions.get('proxy') === proxy) {
    if (!context.storage) return waiting('FAILED', "This review service has no storage for guests' watermarked copies");
    const copy = await guestCopy(context, viewer, version, proxy.storageKey);
    const unready = copyState(copy);
    if (unready) return unready;
    streamKey = (copy.output as GuestWatermarkOutput).key;
  }
  const poster = renditions.get('poster');
  const grant = (kind: DownloadKind) =>
    downloadUrl(settings, viewer, {
      versionId: version.versionId,
      kind,
      subject: viewer.subject,
      workspaceId: viewer.workspaceId,
    });
  const masterAllowed = mayDownload(viewer, 'DOWNLOAD_MASTER') && context.storage && version.masterKey;
  const refusal = masterAllowed ? await masterRefusal(context.dataSource, viewer, version.assetId) : null;
  return {
    status: 'READY',
    reason: null,
    streamUrl: mediaUrl(settings, viewer, streamKey),
    posterUrl: poster?.status === 'ready' && poster.storageKey ? mediaUrl(settings, viewer, poster.storageKey) : null,
    downloadProxyUrl: mayDownload(viewer, 'DOWNLOAD_PROXY') ? grant('proxy') : null,
    downloadMasterUrl: masterAllowed && !refusal ? grant('master') : null,
    downloadMasterRefusal: refusal,
  };
}
