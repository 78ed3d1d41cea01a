import { badInput, forbidden, requireIdentity } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { auditRepository } from '../../repositories/audit.repository';
import { linksRepository, type ShareLinkRow } from '../../repositories/links.repository';
import { invalidLink, tooManyLinkAttempts } from '../errors';
import { guestSubject } from '../viewer';
import { verifyAgainstDecoy, verifyPassword } from './password-hash';

export interface OpenShareLinkInput {
  tokenHash: string;
  password?: string | null;
  name: string;
  email: string;
  address: string;
  userAgent: string;
  /** SHA-256 of the guest session token the gateway made and hands to the guest. */
  sessionTokenHash: string;
}

/** Failed attempts from one address within the window before further ones are refused unchecked. */
export const MAX_FAILED_ATTEMPTS = 10;
const WINDOW_MS = 10 * 60_000;
/** A guest session lasts at most this long (and never past its link's expiry). */
const SESSION_MS = 12 * 3_600_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HASH = /^[0-9a-f]{64}$/;

const isLive = (link: ShareLinkRow | null, now: Date): link is ShareLinkRow =>
  Boolean(link && !link.revokedAt && (!link.expiresAt || link.expiresAt > now));

/**
 * A guest opens a share link with their name and email (and its password when it has one): the
 * gateway's call only. A wrong token, wrong password, expired or revoked link all get the same
 * INVALID_LINK after the same argon2 work; failures are counted per address in the database (so
 * across instances) and too many are RATE_LIMITED. The open is recorded with address and user agent.
 */
export async function openShareLink(
  context: ReviewContext,
  input: OpenShareLinkInput,
): Promise<{ link: ShareLinkRow; expiresAt: Date; name: string; email: string }> {
  const caller = requireIdentity(context);
  if (caller.kind !== 'system') throw forbidden('Share links are opened through the gateway');
  const name = input.name.trim();
  const email = input.email.trim().toLowerCase();
  if (!name || name.length > 200) throw badInput('Give your name (up to 200 characters)', 'name');
  if (!EMAIL.test(email) || email.length > 320) throw badInput('Give your email address', 'email');
  if (!HASH.test(input.tokenHash) || !HASH.test(input.sessionTokenHash)) throw invalidLink();
  const now = new Date();
  const address = input.address.slice(0, 100);
  const failures = await linksRepository.failedAttemptsSince(
    context.dataSource,
    address,
    new Date(now.getTime() - WINDOW_MS),
  );
  if (failures >= MAX_FAILED_ATTEMPTS) throw tooManyLinkAttempts(WINDOW_MS / 1000);
  const found = await linksRepository.findByTokenHash(context.dataSource, input.tokenHash);
  const password = input.password ?? '';
  const passwordOk = found?.passwordHash
    ? await verifyPassword(found.passwordHash, password)
    : await verifyAgainstDecoy(password).then(() => true);
  if (!isLive(found, now) || !passwordOk) {
    await linksRepository.recordFailedAttempt(context.dataSource, address);
    throw invalidLink();
  }
  const link = found;
  const expiresAt = new Date(Math.min(now.getTime() + SESSION_MS, link.expiresAt?.getTime() ?? Infinity));
  const userAgent = input.userAgent.slice(0, 500);
  await context.dataSource.transaction(async (manager) => {
    await linksRepository.insertSession(manager, input.sessionTokenHash, {
      linkId: link.id,
      name,
      email,
      address,
      userAgent,
      expiresAt,
    });
    await auditRepository.append(manager, {
      workspaceId: link.workspaceId,
      assetId: link.assetId,
      reviewId: link.reviewId,
      versionId: link.versionId,
      commentId: null,
      linkId: link.id,
      action: 'link.opened',
      actor: guestSubject(link.id, email),
      actorKind: 'GUEST',
      actorName: name,
      address,
      userAgent,
      details: {},
    });
  });
  return { link, expiresAt, name, email };
}

/** Who a guest session acts as, for the gateway: null once it, or its link, has expired or the link was revoked. */
export async function guestIdentity(
  context: ReviewContext,
  sessionTokenHash: string,
): Promise<{ subject: string; workspaceId: string } | null> {
  const caller = requireIdentity(context);
  if (caller.kind !== 'system') throw forbidden('Guest sessions are checked by the gateway');
  if (!HASH.test(sessionTokenHash)) return null;
  const session = await linksRepository.liveSession(context.dataSource, sessionTokenHash);
  return session ? { subject: guestSubject(session.linkId, session.email), workspaceId: session.workspaceId } : null;
}
