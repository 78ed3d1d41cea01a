import type { ReviewContext } from '../../context';
import type { LinkPermission } from '../../repositories/links.repository';
import { versionFor, viewerOf } from '../viewer';
import { recordAudit } from './record-audit';

export type ViewingAction = 'OPEN' | 'PLAY' | 'DOWNLOAD_PROXY' | 'DOWNLOAD_MASTER';

const NEEDS: Record<ViewingAction, LinkPermission> = {
  OPEN: 'VIEW',
  PLAY: 'VIEW',
  DOWNLOAD_PROXY: 'DOWNLOAD_PROXY',
  DOWNLOAD_MASTER: 'DOWNLOAD_MASTER',
};
const ACTION: Record<ViewingAction, string> = {
  OPEN: 'version.opened',
  PLAY: 'version.played',
  DOWNLOAD_PROXY: 'proxy.downloaded',
  DOWNLOAD_MASTER: 'master.downloaded',
};

/** Records that the caller opened, played or downloaded a version (a download needs that permission on a guest's link). */
export async function recordViewing(
  context: ReviewContext,
  versionId: string,
  action: ViewingAction,
  frame?: number | null,
): Promise<boolean> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, NEEDS[action]);
  await context.dataSource.transaction((manager) =>
    recordAudit(manager, viewer, {
      action: ACTION[action],
      assetId: version.assetId,
      versionId: version.versionId,
      reviewId: viewer.kind === 'guest' ? viewer.link.reviewId : null,
      details: frame === null || frame === undefined ? {} : { frame },
    }),
  );
  return true;
}
