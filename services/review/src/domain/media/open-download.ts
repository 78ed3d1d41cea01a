import { basename, extname } from 'node:path';
import { notFound } from '@mam/graphql';
import { versionProjection } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { renditionsRepository } from '../../repositories/renditions.repository';
import { recordAudit } from '../audit/record-audit';
import { versionFor, viewerOf } from '../viewer';
import type { GuestWatermarkOutput } from '../../jobs/review-jobs';
import { findGuestCopy } from './guest-copy';
import { assertMasterAllowed } from './master-rights';
import type { DownloadGrant } from './media-urls';

/** The file a download serves and the name it is offered under. */
export interface DownloadFile {
  key: string;
  filename: string;
}

const ACTION = { proxy: 'proxy.downloaded', master: 'master.downloaded' } as const;

function proxyName(original: string | null, key: string): string {
  const stem = original ? basename(original, extname(original)) : 'version';
  return `${stem}-proxy${extname(key) || '.mp4'}`;
}

/**
 * Opens a download a signed URL grants. A guest's link must still be live and still cover the
 * version with the permission (a revoked link stops its downloads at once), and a guest's master
 * only while the asset's rights allow it (refused with the reason, nothing recorded). The first request of
 * a download (not each further range of it) is recorded in the audit with the client's address
 * and user agent, before a byte is served.
 */
export async function openDownload(
  context: ReviewContext,
  grant: DownloadGrant,
  firstRequest: boolean,
): Promise<DownloadFile> {
  const viewer = await viewerOf(context);
  const version =
    viewer.kind === 'guest'
      ? await versionFor(
          context,
          viewer,
          grant.versionId,
          grant.kind === 'proxy' ? 'DOWNLOAD_PROXY' : 'DOWNLOAD_MASTER',
        )
      : await versionProjection.find(context.dataSource, grant.versionId);
  if (!version || version.workspaceId !== viewer.workspaceId) throw notFound(`No version ${grant.versionId}`);
  let file: DownloadFile;
  if (grant.kind === 'master') {
    if (!version.masterKey) throw notFound('This version has no master');
    await assertMasterAllowed(context.dataSource, viewer, version.assetId);
    file = { key: version.masterKey, filename: version.filename ?? 'master' };
  } else {
    const renditions = await renditionsRepository.ofVersion(context.dataSource, version.versionId);
    const proxy = renditions.get('proxy') ?? renditions.get('audio_proxy');
    if (proxy?.status !== 'ready' || !proxy.storageKey) throw notFound('This version has no proxy yet');
    let key = proxy.storageKey;
    // A guest downloads their own watermarked copy of a video, never the clean proxy.
    if (viewer.kind === 'guest' && renditions.get('proxy') === proxy) {
      const copy = await findGuestCopy(context, viewer, version);
      if (copy?.status !== 'ready') throw notFound('Your copy of this version is still being prepared');
      key = (copy.output as GuestWatermarkOutput).key;
    }
    file = { key, filename: proxyName(version.filename, key) };
  }
  if (firstRequest)
    await context.dataSource.transaction((manager) =>
      recordAudit(manager, viewer, {
        action: ACTION[grant.kind],
        assetId: version.assetId,
        versionId: version.versionId,
        reviewId: viewer.kind === 'guest' ? viewer.link.reviewId : null,
      }),
    );
  return file;
}
