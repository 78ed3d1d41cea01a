import { JSONScalar } from '@mam/graphql';
import { accessMutations, accessQueries, accessTypes, assetAccessFields } from './access-resolvers';
import { accountMutations, accountQueries, accountTypes } from './account-resolvers';
import { AssetResolvers } from './asset';
import { apiKeyIdentity, apiKeys, ApiKeyResolvers, createApiKey, revokeApiKey } from './api-keys';
import { AssetHistoryEntryResolvers } from './asset-history-entry';
import { AssetVersionResolvers } from './asset-version';
import { assetCollectionFields, collectionMutations, collectionQueries, collectionTypes } from './collection-resolvers';
import { MetadataSchemaResolvers } from './metadata-schema';
import { breakAssetLock } from './mutation-break-asset-lock';
import { bulkSetAssetMetadata } from './mutation-bulk-set-asset-metadata';
import { checkInAsset } from './mutation-check-in-asset';
import { checkOutAsset } from './mutation-check-out-asset';
import { createAsset } from './mutation-create-asset';
import { defineMetadataField } from './mutation-define-metadata-field';
import { defineMetadataSchema } from './mutation-define-metadata-schema';
import { promoteVersion } from './mutation-promote-version';
import { setAssetMetadata } from './mutation-set-asset-metadata';
import { updateAsset } from './mutation-update-asset';
import { asset, assetVersion } from './query-asset';
import { assets } from './query-assets';
import { metadataFields } from './query-metadata-fields';
import { metadataSchemas } from './query-metadata-schemas';
import { AssetSearchEdgeResolvers, assetSearchFields, searchMutations, searchQueries } from './search-resolvers';
import {
  appPasswordIdentity,
  AppPasswordResolvers,
  createAppPassword,
  myAppPasswords,
  revokeAppPassword,
} from './app-passwords';
import { driveEntry, DriveFileResolvers, DriveFolderResolvers, driveMount, setDriveProperties } from './drive';

export const resolvers = {
  JSON: JSONScalar,
  Query: {
    asset,
    assets,
    assetVersion,
    ...searchQueries,
    apiKeys,
    apiKeyIdentity,
    myAppPasswords,
    appPasswordIdentity,
    driveEntry,
    driveMount,
    metadataFields,
    metadataSchemas,
    ...collectionQueries,
    ...accessQueries,
    ...accountQueries,
  },
  Mutation: {
    createAsset,
    updateAsset,
    promoteVersion,
    checkOutAsset,
    checkInAsset,
    breakAssetLock,
    defineMetadataField,
    defineMetadataSchema,
    setAssetMetadata,
    bulkSetAssetMetadata,
    createApiKey,
    revokeApiKey,
    createAppPassword,
    revokeAppPassword,
    setDriveProperties,
    ...collectionMutations,
    ...searchMutations,
    ...accessMutations,
    ...accountMutations,
  },
  Asset: { ...AssetResolvers, ...assetCollectionFields, ...assetSearchFields, ...assetAccessFields },
  AssetVersion: AssetVersionResolvers,
  AssetHistoryEntry: AssetHistoryEntryResolvers,
  MetadataSchema: MetadataSchemaResolvers,
  ApiKey: ApiKeyResolvers,
  AppPassword: AppPasswordResolvers,
  AssetSearchEdge: AssetSearchEdgeResolvers,
  DriveFile: DriveFileResolvers,
  DriveFolder: DriveFolderResolvers,
  ...collectionTypes,
  ...accessTypes,
  ...accountTypes,
};
