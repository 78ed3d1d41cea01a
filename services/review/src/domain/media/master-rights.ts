import { forbidden } from '@mam/graphql';
import { rightsRefusal, utcDay, type AssetRights } from '@mam/rights';
import type { Queryable } from '../../repositories/queryable';
import { assetRightsRepository } from '../../repositories/asset-rights.repository';
import type { Viewer } from '../viewer';

/**
 * Why these rights forbid this kind of viewer downloading the asset's master, or null when they
 * allow it. The gate stands before guests (review links) only: members download as their role
 * allows, and proxies stay playable and downloadable for review. A review link names no territory
 * or channel, so only the licence's expiry (rights_expires) can refuse it.
 */
export function guestMasterRefusal(viewer: Pick<Viewer, 'kind'>, rights: AssetRights, today = utcDay()): string | null {
  if (viewer.kind !== 'guest') return null;
  const refusal = rightsRefusal(rights, [], today);
  return refusal && `The asset's rights forbid downloading its master: ${refusal.reason}`;
}

/** Why the asset's rights (as assets last announced them) forbid this viewer its master, or null. */
export async function masterRefusal(db: Queryable, viewer: Viewer, assetId: string): Promise<string | null> {
  if (viewer.kind !== 'guest') return null;
  return guestMasterRefusal(viewer, await assetRightsRepository.of(db, assetId));
}

/** Refuses (FORBIDDEN, with the reason) a master download the asset's rights forbid. */
export async function assertMasterAllowed(db: Queryable, viewer: Viewer, assetId: string): Promise<void> {
  const refusal = await masterRefusal(db, viewer, assetId);
  if (refusal) throw forbidden(refusal);
}
