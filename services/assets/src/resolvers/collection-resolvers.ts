import { assetCollections } from './asset-collections';
import { CollectionResolvers } from './collection';
import { EditingExportMediaResolvers } from './editing-export-media';
import { addAssetsToCollection } from './mutation-add-assets-to-collection';
import { createCollection } from './mutation-create-collection';
import { deleteCollection } from './mutation-delete-collection';
import { moveAssetInCollection } from './mutation-move-asset-in-collection';
import { moveCollection } from './mutation-move-collection';
import { removeAssetsFromCollection } from './mutation-remove-assets-from-collection';
import { saveSearch } from './mutation-save-search';
import { updateCollection } from './mutation-update-collection';
import { collection } from './query-collection';
import { collections } from './query-collections';
import { exportAssetsForEditing } from './query-export-assets-for-editing';
import { exportCollectionForEditing } from './query-export-collection-for-editing';

/** Root fields and types of collections, saved searches and editing hand-off, merged into the service's resolvers. */
export const collectionQueries = { collection, collections, exportCollectionForEditing, exportAssetsForEditing };
export const collectionMutations = {
  createCollection,
  updateCollection,
  moveCollection,
  deleteCollection,
  addAssetsToCollection,
  removeAssetsFromCollection,
  moveAssetInCollection,
  saveSearch,
};
export const assetCollectionFields = { collections: assetCollections };
export const collectionTypes = { Collection: CollectionResolvers, EditingExportMedia: EditingExportMediaResolvers };
