import { isUuid, requireWriter } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { linksRepository, type ShareLinkRow } from '../../repositories/links.repository';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import { viewerOf } from '../viewer';

/** The workspace's share links, newest first (editors and admins). */
export async function listShareLinks(context: ReviewContext): Promise<ShareLinkRow[]> {
  const identity = requireWriter(context);
  return linksRepository.listForWorkspace(context.dataSource, identity.workspaceId);
}

/** Ends a link at once: its guests' sessions stop working with it. */
export async function revokeShareLink(context: ReviewContext, id: string): Promise<ShareLinkRow> {
  const identity = requireWriter(context);
  const viewer = await viewerOf(context);
  const link = isUuid(id) ? await linksRepository.find(context.dataSource, id.toLowerCase()) : null;
  if (!link || link.workspaceId !== identity.workspaceId) throw notFound(`No share link ${id}`);
  return context.dataSource.transaction(async (manager) => {
    const revoked = await linksRepository.revoke(manager, link.id);
    if (!link.revokedAt) await recordAudit(manager, viewer, { action: 'link.revoked', linkId: link.id, reviewId: link.reviewId, assetId: link.assetId, versionId: link.versionId });
    return revoked;
  });
}
