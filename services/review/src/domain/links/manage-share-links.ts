import { forbidden, isUuid, notFound, requireWriter } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { linksRepository, type ShareLinkRow } from '../../repositories/links.repository';
import { recordAudit } from '../audit/record-audit';
import { viewerOf } from '../viewer';

const isAdmin = (roles: readonly string[]) => roles.includes('admin');

/** Share links, newest first: every one of the workspace for admins, their own for editors. */
export async function listShareLinks(context: ReviewContext): Promise<ShareLinkRow[]> {
  const identity = requireWriter(context);
  return linksRepository.listForWorkspace(
    context.dataSource,
    identity.workspaceId,
    isAdmin(identity.roles) ? null : identity.subject,
  );
}

/** Ends a link at once (its creator or an admin): its guests' sessions stop working with it. */
export async function revokeShareLink(context: ReviewContext, id: string): Promise<ShareLinkRow> {
  const identity = requireWriter(context);
  const viewer = await viewerOf(context);
  const link = isUuid(id) ? await linksRepository.find(context.dataSource, id.toLowerCase()) : null;
  if (!link || link.workspaceId !== identity.workspaceId) throw notFound(`No share link ${id}`);
  if (!isAdmin(identity.roles) && link.createdBy !== identity.subject)
    throw forbidden('Only its creator or an admin can revoke a share link');
  return context.dataSource.transaction(async (manager) => {
    const revoked = await linksRepository.revoke(manager, link.id);
    if (!link.revokedAt)
      await recordAudit(manager, viewer, {
        action: 'link.revoked',
        linkId: link.id,
        reviewId: link.reviewId,
        assetId: link.assetId,
        versionId: link.versionId,
      });
    return revoked;
  });
}
