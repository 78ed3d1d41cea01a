import type { EntityManager } from 'typeorm';
import { kitError, ErrorCode } from '@mam/graphql';
import { assetDescriptions } from '../../repositories/asset-descriptions.repository';
import type { DestinationRow } from '../../repositories/destinations.repository';
import { rightsRefusal, type RightsRefusal } from '@mam/rights';

/** Why the asset's rights (as assets last announced them) forbid this delivery, or null when they allow it. */
export async function checkRights(
  db: Pick<EntityManager, 'query'>,
  assetId: string,
  destinations: DestinationRow[],
): Promise<RightsRefusal | null> {
  const description = await assetDescriptions.find(db, assetId);
  return rightsRefusal(description?.metadata ?? {}, destinations);
}

/** A delivery asked for by hand that the asset's rights forbid: FORBIDDEN, with the refusal's code and reason. */
export const rightsForbid = (refusal: RightsRefusal) =>
  kitError(ErrorCode.FORBIDDEN, `The asset's rights forbid this delivery: ${refusal.reason}`, {
    refusal: refusal.code,
    reason: refusal.reason,
  });

/** A delivery job whose asset's rights forbid it by the time it runs: it fails for good with the reason, nothing delivered. */
export class RightsRefusedError extends Error {
  constructor(readonly refusal: RightsRefusal) {
    super(`the asset's rights forbid this delivery: ${refusal.reason}`);
    this.name = 'RightsRefusedError';
  }
}
