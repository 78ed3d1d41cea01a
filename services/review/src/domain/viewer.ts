import { atLeast, forbidden, notFound, requireIdentity, unauthenticated, type Identity } from '@mam/graphql';
import { assetRole } from '@mam/asset-access';
import { versionProjection, type AssetVersionFacts } from '@mam/versions';
import type { ReviewContext } from '../context';
import { linksRepository, type LinkPermission, type ShareLinkRow } from '../repositories/links.repository';
import { reviewsRepository } from '../repositories/reviews.repository';

/** Who is asking review: a workspace member, or a guest through one share link. */
export type Viewer =
  | {
      kind: 'member';
      identity: Identity;
      subject: string;
      workspaceId: string;
      name: string;
      address: string | null;
      userAgent: string | null;
    }
  | {
      kind: 'guest';
      identity: Identity;
      subject: string;
      workspaceId: string;
      name: string;
      email: string;
      link: ShareLinkRow;
      /** When the guest's session ends (the link may end sooner). */
      sessionExpiresAt: Date;
      address: string;
      userAgent: string;
    };

/** A guest's subject: `guest:<link id>:<email>` (what events name as the actor). */
export const guestSubject = (linkId: string, email: string) => `guest:${linkId}:${email}`;

function parseGuestSubject(subject: string): { linkId: string; email: string } | null {
  const match = /^guest:([0-9a-f-]{36}):(.+)$/.exec(subject);
  return match ? { linkId: match[1], email: match[2] } : null;
}

/** The caller as review sees it; a guest whose link was revoked or expired meanwhile is UNAUTHENTICATED. */
export async function viewerOf(context: ReviewContext): Promise<Viewer> {
  const identity = requireIdentity(context);
  if (identity.kind !== 'guest') {
    return {
      kind: 'member',
      identity,
      subject: identity.subject,
      workspaceId: identity.workspaceId,
      name: identity.subject,
      address: context.client?.address ?? null,
      userAgent: context.client?.userAgent ?? null,
    };
  }
  const parsed = parseGuestSubject(identity.subject);
  const link = parsed ? await linksRepository.find(context.dataSource, parsed.linkId) : null;
  const live =
    link &&
    !link.revokedAt &&
    (!link.expiresAt || link.expiresAt > new Date()) &&
    link.workspaceId === identity.workspaceId;
  const session = live ? await linksRepository.latestSession(context.dataSource, link.id, parsed!.email) : null;
  if (!link || !session) throw unauthenticated('This share link is no longer valid');
  // What this request's client is, else what the guest's session was opened from.
  const address = context.client?.address ?? session.address;
  const userAgent = context.client?.userAgent ?? session.userAgent;
  return {
    kind: 'guest',
    identity,
    subject: identity.subject,
    workspaceId: link.workspaceId,
    name: session.name,
    email: session.email,
    link,
    sessionExpiresAt: session.expiresAt,
    address,
    userAgent,
  };
}

/** Who to write in the audit trail for the caller. */
export function auditActor(viewer: Viewer) {
  return viewer.kind === 'guest'
    ? {
        actor: viewer.subject,
        actorKind: 'GUEST',
        actorName: viewer.name,
        address: viewer.address,
        userAgent: viewer.userAgent,
        linkId: viewer.link.id,
      }
    : {
        actor: viewer.subject,
        actorKind: 'MEMBER',
        actorName: null,
        address: viewer.address,
        userAgent: viewer.userAgent,
        linkId: null,
      };
}

/** Whether a link's scope holds a version: its review's, asset's, collection's assets or the one version; only the current one when latest-only. */
export async function linkCoversVersion(
  context: ReviewContext,
  link: ShareLinkRow,
  version: AssetVersionFacts,
): Promise<boolean> {
  if (version.workspaceId !== link.workspaceId) return false;
  if (link.scope === 'VERSION') return version.versionId === link.versionId;
  if (link.latestOnly && !version.current) return false;
  if (link.versionId && version.versionId !== link.versionId) return false;
  return linkCoversAsset(context, link, version.assetId);
}

export async function linkCoversAsset(context: ReviewContext, link: ShareLinkRow, assetId: string): Promise<boolean> {
  const id = assetId.toLowerCase();
  if (link.scope === 'ASSET' || link.scope === 'VERSION') return link.assetId === id;
  if (link.scope === 'COLLECTION')
    return (
      await reviewsRepository.assetsOfCollection(context.dataSource, link.workspaceId, link.collectionId!)
    ).includes(id);
  const review = await reviewsRepository.find(context.dataSource, link.reviewId!);
  return review ? reviewsRepository.includesAsset(context.dataSource, review, id) : false;
}

const MEMBER_ROLE: Record<LinkPermission, 'viewer' | 'reviewer'> = {
  VIEW: 'viewer',
  COMMENT: 'reviewer',
  APPROVE: 'reviewer',
  DOWNLOAD_PROXY: 'viewer',
  DOWNLOAD_MASTER: 'viewer',
};

/**
 * A version the caller may act on with `permission`: a member needs to see its asset (and the
 * reviewer role to comment or decide); a guest needs the version inside the link's scope and the
 * permission on the link. Anything out of sight is NOT_FOUND, exactly like a missing version.
 */
export async function versionFor(
  context: ReviewContext,
  viewer: Viewer,
  versionId: string,
  permission: LinkPermission,
): Promise<AssetVersionFacts> {
  const version = await versionProjection.find(context.dataSource, versionId).catch(() => null);
  const missing = () => notFound(`No version ${versionId}`);
  if (!version || version.number === null) throw missing();
  if (viewer.kind === 'member') {
    const role = await assetRole(context.dataSource, context, version.assetId);
    if (!role) throw missing();
    if (!atLeast(role, MEMBER_ROLE[permission]))
      throw forbidden(`This needs the ${MEMBER_ROLE[permission]} role on the asset; you have ${role}`);
    return version;
  }
  if (!(await linkCoversVersion(context, viewer.link, version))) throw missing();
  if (!viewer.link.permissions.includes(permission))
    throw forbidden(`This share link does not allow ${permission.toLowerCase().replace('_', ' ')}`);
  return version;
}

/** Whether the caller may see an asset at all (members: the access projection; guests: the link's scope). */
export async function canSeeAsset(context: ReviewContext, viewer: Viewer, assetId: string): Promise<boolean> {
  if (viewer.kind === 'guest') return linkCoversAsset(context, viewer.link, assetId);
  return (await assetRole(context.dataSource, context, assetId)) !== null;
}
