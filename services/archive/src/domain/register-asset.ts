import type { EntityManager } from '@mam/db';
import type { AssetCreated } from '@mam/proto';
import { archiveAssets } from '../repositories/archive-assets.repository';

/** A new asset starts in archive as HOT; its title and workspace go into its archive packages. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await archiveAssets.register(manager, { assetId: asset.assetId, workspaceId: asset.workspaceId, title: asset.title });
}
