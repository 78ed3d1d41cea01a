import type { EntityManager } from 'typeorm';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { versionProjection } from '@mam/versions';
import { assetDescriptions } from '../../repositories/asset-descriptions.repository';
import { rulesRepository, type RuleRow } from '../../repositories/rules.repository';
import { deliverByRules } from './deliver-by-rules';

interface Deps {
  queue: JobQueue;
  logger: Logger;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a metadata value is the rule's value (or, for a many-valued field, holds it). */
export function holdsValue(actual: unknown, wanted: unknown): boolean {
  if (actual === undefined || actual === null) return false;
  if (Array.isArray(actual) && !Array.isArray(wanted)) return actual.some((item) => same(item, wanted));
  return same(actual, wanted);
}

async function deliverCurrent(
  manager: EntityManager,
  rules: RuleRow[],
  asset: { assetId: string; workspaceId: string },
  deps: Deps,
): Promise<void> {
  if (!rules.length) return;
  const current = (await versionProjection.listForAsset(manager, asset.assetId)).find((version) => version.current);
  if (!current) {
    deps.logger.warn({ assetId: asset.assetId }, 'a rule fired for an asset with no version yet: nothing delivered');
    return;
  }
  await deliverByRules(manager, deps.queue, rules, { ...asset, versionId: current.versionId }, deps.logger);
}

/**
 * Assets announced an asset's metadata after a change: kept (a revision older than the one kept is
 * ignored), and every enabled "when a field takes a value" rule whose field now holds its value,
 * and did not before, delivers the asset's current version.
 */
export async function onMetadataChanged(
  manager: EntityManager,
  asset: { assetId: string; workspaceId: string; revision: bigint; metadata: Record<string, unknown> },
  deps: Deps,
): Promise<void> {
  const before = (await assetDescriptions.find(manager, asset.assetId))?.metadata ?? {};
  if (!(await assetDescriptions.setMetadata(manager, asset))) return;
  const rules = (await rulesRepository.enabledFor(manager, asset.workspaceId, 'metadata.set')).filter((rule) => {
    const condition = rule.condition as { field: string; value: unknown };
    return (
      holdsValue(asset.metadata[condition.field], condition.value) &&
      !holdsValue(before[condition.field], condition.value)
    );
  });
  await deliverCurrent(manager, rules, asset, deps);
}

/**
 * Assets announced the collections an asset is in now: kept, and every enabled "when added to a
 * collection" rule whose collection it has just joined delivers the asset's current version.
 */
export async function onCollectionsChanged(
  manager: EntityManager,
  asset: { assetId: string; workspaceId: string; collectionIds: string[] },
  deps: Deps,
): Promise<void> {
  const before = new Set((await assetDescriptions.find(manager, asset.assetId))?.collection_ids ?? []);
  await assetDescriptions.setCollections(manager, asset);
  const joined = new Set(asset.collectionIds.filter((id) => !before.has(id)));
  const rules = (await rulesRepository.enabledFor(manager, asset.workspaceId, 'collection.added')).filter((rule) =>
    joined.has((rule.condition as { collectionId: string }).collectionId),
  );
  await deliverCurrent(manager, rules, asset, deps);
}
