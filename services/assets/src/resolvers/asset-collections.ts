import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import type { Asset } from '../entities/asset.entity';
import { collectionRepository } from '../repositories/collection.repository';
import { visibleCollections } from './collection-visibility';

/** Asset.collections: the manual collections the asset is in (smart ones change with every search). */
export async function assetCollections(asset: Asset, _args: unknown, context: AssetsContext) {
  return visibleCollections(
    context,
    await collectionRepository(context.dataSource.manager).ofAsset(requireIdentity(context).workspaceId, asset.id),
  );
}
