import type { ReviewContext } from '../context';
import { createShareLink, type CreateShareLinkInput } from '../domain/links/create-share-link';
import { listShareLinks, revokeShareLink } from '../domain/links/manage-share-links';
import { readGuestAccess, readReviewVersion } from '../domain/links/guest-access';
import { guestIdentity, openShareLink, type OpenShareLinkInput } from '../domain/links/open-share-link';
import type { ShareLinkRow } from '../repositories/links.repository';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const ShareLinkResolvers = {
  hasPassword: (link: ShareLinkRow) => link.passwordHash !== null,
  expiresAt: (link: ShareLinkRow) => iso(link.expiresAt),
  revokedAt: (link: ShareLinkRow) => iso(link.revokedAt),
  createdAt: (link: ShareLinkRow) => link.createdAt.toISOString(),
};

export const linkQueries = {
  shareLinks: (_: unknown, _args: unknown, context: ReviewContext) => listShareLinks(context),
  guestIdentity: (_: unknown, args: { sessionTokenHash: string }, context: ReviewContext) =>
    guestIdentity(context, args.sessionTokenHash),
  reviewVersion: async (_: unknown, args: { id: string }, context: ReviewContext) => {
    const version = await readReviewVersion(context, args.id);
    return version && { __typename: 'AssetVersion', id: version.id };
  },
  guestAccess: async (_: unknown, _args: unknown, context: ReviewContext) => {
    const access = await readGuestAccess(context);
    return (
      access && {
        ...access,
        expiresAt: iso(access.expiresAt),
        versions: access.versionIds.map((id) => ({ __typename: 'AssetVersion', id })),
      }
    );
  },
};

export const linkMutations = {
  createShareLink: (_: unknown, args: { input: CreateShareLinkInput }, context: ReviewContext) =>
    createShareLink(context, args.input),
  revokeShareLink: (_: unknown, args: { id: string }, context: ReviewContext) => revokeShareLink(context, args.id),
  openShareLink: async (_: unknown, args: OpenShareLinkInput, context: ReviewContext) => {
    const { link, expiresAt, name, email } = await openShareLink(context, args);
    return { ...link, linkId: link.id, name, email, expiresAt: expiresAt.toISOString() };
  },
};
