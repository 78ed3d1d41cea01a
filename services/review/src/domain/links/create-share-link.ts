import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { assetRole } from '@mam/asset-access';
import { badInput, isUuid, notFound, requireWriter } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import {
  linksRepository,
  type LinkPermission,
  type LinkScope,
  type ShareLinkRow,
} from '../../repositories/links.repository';
import { reviewsRepository } from '../../repositories/reviews.repository';
import { recordAudit } from '../audit/record-audit';
import { versionFor, viewerOf } from '../viewer';
import { hashPassword } from './password-hash';

export interface CreateShareLinkInput {
  scope: LinkScope;
  reviewId?: string | null;
  assetId?: string | null;
  versionId?: string | null;
  collectionId?: string | null;
  /** Only the asset's current version (true, the default), or the versions the scope holds / the one given. */
  latestOnly?: boolean | null;
  permissions: LinkPermission[];
  password?: string | null;
  expiresAt?: string | null;
}

/** A share link's token as stored: its SHA-256, never the token itself. */
export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

const id = (value: string | null | undefined, field: string) => {
  if (!value || !isUuid(value)) throw badInput(`${field} is required for this scope and must be an id`, field);
  return value.toLowerCase();
};

/**
 * A share link for a review, an asset (its latest version or a fixed one), one version or a
 * collection, with permissions, an optional password (argon2id) and expiry. The token has 256
 * random bits, is stored only as its SHA-256 and is answered once, here.
 */
export async function createShareLink(
  context: ReviewContext,
  input: CreateShareLinkInput,
): Promise<{ link: ShareLinkRow; token: string }> {
  const identity = requireWriter(context);
  const viewer = await viewerOf(context);
  const permissions = [...new Set(input.permissions)];
  if (!permissions.includes('VIEW')) permissions.unshift('VIEW');
  const target = {
    reviewId: null as string | null,
    assetId: null as string | null,
    versionId: null as string | null,
    collectionId: null as string | null,
  };
  let latestOnly = input.latestOnly ?? true;
  if (input.scope === 'REVIEW') {
    target.reviewId = id(input.reviewId, 'reviewId');
    const review = await reviewsRepository.find(context.dataSource, target.reviewId);
    if (!review || review.workspaceId !== identity.workspaceId) throw notFound(`No review ${input.reviewId}`);
  } else if (input.scope === 'ASSET') {
    target.assetId = id(input.assetId, 'assetId');
    if (!(await assetRole(context.dataSource, context, target.assetId))) throw notFound(`No asset ${input.assetId}`);
    if (input.versionId) {
      const version = await versionFor(context, viewer, input.versionId, 'VIEW');
      if (version.assetId !== target.assetId) throw badInput('The fixed version belongs to another asset', 'versionId');
      target.versionId = version.versionId;
      latestOnly = false;
    }
  } else if (input.scope === 'VERSION') {
    const version = await versionFor(context, viewer, id(input.versionId, 'versionId'), 'VIEW');
    target.versionId = version.versionId;
    target.assetId = version.assetId;
    latestOnly = false;
  } else {
    target.collectionId = id(input.collectionId, 'collectionId');
  }
  if (
    input.password !== null &&
    input.password !== undefined &&
    (input.password.length < 8 || input.password.length > 200)
  )
    throw badInput('A link password has 8 to 200 characters', 'password');
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && Number.isNaN(expiresAt.getTime())) throw badInput('expiresAt is not an ISO 8601 date', 'expiresAt');
  if (expiresAt && expiresAt <= new Date()) throw badInput('expiresAt is in the past', 'expiresAt');
  const token = randomBytes(32).toString('base64url');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return context.dataSource.transaction(async (manager) => {
    const link = await linksRepository.insert(manager, {
      id: randomUUID(),
      workspaceId: identity.workspaceId,
      tokenHash: hashLinkToken(token),
      scope: input.scope,
      ...target,
      latestOnly,
      permissions,
      passwordHash,
      expiresAt,
      createdBy: identity.subject,
    });
    await recordAudit(manager, viewer, {
      action: 'link.created',
      linkId: link.id,
      reviewId: link.reviewId,
      assetId: link.assetId,
      versionId: link.versionId,
      details: { scope: link.scope, permissions, latestOnly, password: Boolean(passwordHash), expiresAt },
    });
    return { link, token };
  });
}
