import type { DataSource } from '@mam/db';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { assetTypeInput } from './asset-types';
import { assertChangeable, loadAsset, saveAssetChange, type AssetChanges } from './change-asset';
import { descriptionInput, titleInput } from './create-asset';
import { emitAssetUpdated } from './emit-asset-updated';
import { fieldChange, recordHistory } from './record-history';

export interface UpdateAssetInput {
  id: string;
  expectedRevision: number;
  title?: string | null;
  /** null clears the description; absent leaves it. */
  description?: string | null;
  type?: string | null;
}

/**
 * Edits title, description or type of an asset, provided the edit is based on its current
 * revision and nobody else has it checked out. An edit that changes nothing changes nothing.
 */
export async function updateAsset(dataSource: DataSource, identity: Identity, input: UpdateAssetInput): Promise<Asset> {
  const set: AssetChanges = {};
  if (input.title !== undefined) {
    if (input.title === null) throw badInput('Title cannot be removed', 'title');
    set.title = titleInput(input.title);
  }
  if (input.description !== undefined) set.description = descriptionInput(input.description) ?? null;
  if (input.type !== undefined) set.type = assetTypeInput(input.type) ?? null;
  if (Object.keys(set).length === 0) throw badInput('Nothing to change: give a title, description or type');

  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, input.id);
    assertChangeable(before, identity.subject, input.expectedRevision, now);
    const changes = [
      ...(set.title !== undefined ? fieldChange('title', before.title, set.title) : []),
      ...(set.description !== undefined ? fieldChange('description', before.description, set.description) : []),
      ...(set.type !== undefined ? fieldChange('type', before.type, set.type) : []),
    ];
    if (changes.length === 0) return before;
    const after = await saveAssetChange(manager, before, set, identity.subject, now);
    await recordHistory(manager, after, { action: 'EDITED', actor: identity.subject, at: now, changes });
    await emitAssetUpdated(manager, after, actorOf(identity));
    return after;
  });
}
