/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a grant applies to: exactly one of the fields. */
export type AccessTargetInput = {
  assetId?: string | number | null | undefined;
  /** The collection, everything below it and every asset in them. */
  collectionId?: string | number | null | undefined;
  /** Every asset and collection of the workspace. */
  workspace?: boolean | null | undefined;
};

export type ArchiveCopyStatus =
  /** A fixity check found a file missing or changed and it could not be repaired. */
  | 'CORRUPT'
  | 'GOOD'
  /** Deleted after its retention, by an admin. */
  | 'PURGED';

export type ArchiveJobKind =
  | 'ARCHIVE'
  | 'RESTORE'
  | 'SUBCLIP';

export type ArchiveJobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING'
  | 'SKIPPED';

export type ArchivePolicyInput = {
  collectionId?: string | number | null | undefined;
  name: string;
  olderThanDays?: number | null | undefined;
  retentionDays?: number | null | undefined;
};

export type AssetHistoryAction =
  /** The asset was put into a collection (changes: collection, collectionId). The asset's revision stays: membership belongs to the collection. */
  | 'ADDED_TO_COLLECTION'
  | 'CREATED'
  | 'EDITED'
  | 'LOCKED'
  /** An admin released someone else's lock. */
  | 'LOCK_BROKEN'
  | 'METADATA_CHANGED'
  /** An upload asked to file the new asset into a collection that is not a manual collection of the workspace; the asset was kept outside it. */
  | 'NOT_ADDED_TO_COLLECTION'
  /** The asset was taken out of a collection, or the collection was deleted. */
  | 'REMOVED_FROM_COLLECTION'
  | 'UNLOCKED'
  /** A version was added and became current. */
  | 'VERSION_ADDED'
  /** A version arrived while someone else had the asset checked out: kept, but not made current. */
  | 'VERSION_HELD'
  /** An earlier version was made current again. */
  | 'VERSION_PROMOTED';

/** Narrows a search; every condition given must hold. A list means any of its values. */
export type AssetSearchFilter = {
  /** In any of these manual collections. */
  collectionIds?: Array<string | number> | null | undefined;
  createdAt?: DateTimeRangeInput | null | undefined;
  /** Seconds of the current version's media. */
  duration?: FloatRangeInput | null | undefined;
  /** Exact rates written num/den, e.g. 25/1 or 30000/1001 (25 means 25/1). */
  frameRates?: Array<string> | null | undefined;
  /** At most 20 conditions. */
  metadata?: Array<MetadataFilterInput> | null | undefined;
  /** Pixels, at least. */
  minHeight?: number | null | undefined;
  /** Pixels, at least. */
  minWidth?: number | null | undefined;
  tags?: Array<string> | null | undefined;
  /** video, audio, image, document, other: the asset's type, or the kind ingest detected when it has none. */
  types?: Array<string> | null | undefined;
  updatedAt?: DateTimeRangeInput | null | undefined;
};

/** Order of search results; every order ends with the asset id, so pages never overlap. */
export type AssetSearchSort =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  /** Assets without a duration come last. */
  | 'DURATION_ASC'
  /** Assets without a duration come last. */
  | 'DURATION_DESC'
  /** Best match first; newest first when there are no words. */
  | 'RELEVANCE'
  /** Case-insensitive. */
  | 'TITLE_ASC'
  | 'TITLE_DESC';

export type AssetSuggestionField =
  | 'FILENAME'
  | 'TITLE';

export type BulkSetAssetMetadataInput = {
  /** At most 500. */
  assetIds: Array<string | number>;
  values: Array<MetadataValueInput>;
};

export type CollectionKind =
  /** Assets are added, removed and ordered by hand. */
  | 'MANUAL'
  /** A saved search: its assets are whatever the search finds when they are read. */
  | 'SMART';

export type CreateApiKeyInput = {
  name: string;
  role: Role;
};

export type CreateCollectionInput = {
  description?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** A collection to nest the new one under; a root collection when absent. */
  parentId?: string | number | null | undefined;
};

export type CreateStorageSourceInput = {
  /** SFTP { password } or { privateKey, passphrase }; S3 { accessKeyId, secretAccessKey }; none for LOCAL. */
  credentials?: unknown;
  kind: StorageSourceKind;
  /** IN_PLACE when absent. */
  mode?: SourceIngestMode | null | undefined;
  name: string;
  scheduleMinutes?: number | null | undefined;
  /** The settings, as described on StorageSource. */
  settings: unknown;
  watch?: boolean | null | undefined;
};

/** A range of ISO 8601 dates or date-times; both ends inclusive (a bare date as lte means the whole day). */
export type DateTimeRangeInput = {
  gte?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DefineMetadataFieldInput = {
  /** Required for SINGLE_CHOICE and MULTIPLE_CHOICE, refused for other types. */
  choices?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Lowercase letters, digits and underscores, starting with a letter; at most 63. Unique in the workspace. */
  key: string;
  label: string;
  required?: boolean | null | undefined;
  type: MetadataFieldType;
};

export type DefineMetadataSchemaInput = {
  assetTypes: Array<string>;
  fieldKeys: Array<string>;
  /** Unique in the workspace. */
  name: string;
};

export type FixityResult =
  | 'FAILED'
  | 'OK'
  /** Files were missing or changed and were repaired from another copy. */
  | 'REPAIRED';

/** A range of numbers; both ends inclusive, either may be left out. */
export type FloatRangeInput = {
  gte?: number | null | undefined;
  lte?: number | null | undefined;
};

export type GrantAccessInput = {
  allMembers?: boolean | null | undefined;
  groupId?: string | number | null | undefined;
  role: Role;
  /** Exactly one of subject, groupId and allMembers names who receives the role. */
  subject?: string | null | undefined;
  target: AccessTargetInput;
};

export type IngestStatus =
  | 'AWAITING_UPLOAD'
  | 'FAILED'
  | 'PROCESSING'
  | 'READY'
  | 'UPLOADING';

export type InviteMemberInput = {
  email: string;
  role: Role;
};

export type MetadataFieldType =
  | 'BOOLEAN'
  /** A calendar date written YYYY-MM-DD. */
  | 'DATE'
  /** At most 100000 characters. */
  | 'LONG_TEXT'
  /** A list of the field's choices. */
  | 'MULTIPLE_CHOICE'
  /** A JSON number. */
  | 'NUMBER'
  /** One of the field's choices. */
  | 'SINGLE_CHOICE'
  /** One line, at most 1000 characters. */
  | 'TEXT'
  /** An http or https URL. */
  | 'URL'
  /** Subject of a user. */
  | 'USER';

/**
 * One condition on a metadata field: exactly one of `equals`, `anyOf`, or a range (`gte`/`lte`, both
 * numbers or both dates written YYYY-MM-DD). A list field matches when any of its values does;
 * numbers and booleans compare as written (4, true).
 */
export type MetadataFilterInput = {
  anyOf?: Array<unknown> | null | undefined;
  equals?: unknown;
  gte?: unknown;
  key: string;
  lte?: unknown;
};

export type MetadataValueInput = {
  key: string;
  /** The value for the field's type; null clears the field. */
  value?: unknown;
};

export type RenditionStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING'
  /** The rendition does not apply to this media (e.g. no renderer for its type); reason says why. The asset is not at fault. */
  | 'SKIPPED';

export type Role =
  | 'admin'
  | 'editor'
  | 'reviewer'
  | 'viewer';

export type SaveSearchInput = {
  description?: string | null | undefined;
  /** An AssetSearchFilter as JSON; checked when saved and applied whenever the collection is read. */
  filters?: unknown;
  /** 1 to 200 characters. */
  name: string;
  /** A collection to nest the smart collection under; a root collection when absent. */
  parentCollectionId?: string | number | null | undefined;
  /** Search text as searchAssets takes it; may be empty only when filters are given. */
  query: string;
};

export type SetAssetMetadataInput = {
  assetId: string | number;
  expectedRevision: number;
  values: Array<MetadataValueInput>;
};

export type SourceIngestMode =
  /** The master is copied into the platform's storage. */
  | 'COPY'
  /** The master stays where it is: ingest keeps its location and checksum and reads it there. */
  | 'IN_PLACE';

export type SourceScanState =
  /** The last scan stopped (credentials refused, the store unreachable); error says why. It marked no file missing. */
  | 'FAILED'
  | 'IDLE'
  | 'SCANNING';

export type StorageSourceKind =
  /** A folder on the service's machine or a mounted NAS share, under the service's local source root. */
  | 'LOCAL'
  | 'S3'
  | 'SFTP';

export type StorageTier =
  /** The master is only in the archive (proxies, posters and metadata stay online). */
  | 'COLD'
  /** The master is on the online tier. */
  | 'HOT'
  /** A restore of the master is running. */
  | 'RESTORING';

export type UpdateAssetInput = {
  /** null clears the description. */
  description?: string | null | undefined;
  /** The revision the edit is based on; a stale one is refused with CONFLICT and the current state. */
  expectedRevision: number;
  id: string | number;
  title?: string | null | undefined;
  /** video, audio, image, document or other; null clears it. */
  type?: string | null | undefined;
};

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { workspaceMembers: Array<{ subject: string, kind: string, role: Role, active: boolean, createdAt: string, email: string | null, name: string | null }>, invites: Array<{ id: string, email: string, role: Role, expiresAt: string, createdAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, role: Role, expiresAt: string, url: string | null } };

export type RevokeInviteMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInviteMutation = { revokeInvite: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  subject: string;
  role: Role;
}>;


export type SetMemberRoleMutation = { setMemberRole: { subject: string, role: Role } };

export type AccessGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessGroupsQuery = { accessGroups: Array<{ id: string, name: string, members: Array<string>, createdAt: string }>, workspaceMembers: Array<{ subject: string, kind: string, role: Role, active: boolean, email: string | null, name: string | null }> };

export type CreateAccessGroupMutationVariables = Exact<{
  name: string;
}>;


export type CreateAccessGroupMutation = { createAccessGroup: { id: string, name: string, members: Array<string> } };

export type DeleteAccessGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAccessGroupMutation = { deleteAccessGroup: boolean };

export type AddAccessGroupMembersMutationVariables = Exact<{
  groupId: string | number;
  subjects: Array<string> | string;
}>;


export type AddAccessGroupMembersMutation = { addAccessGroupMembers: { id: string, members: Array<string> } };

export type RemoveAccessGroupMembersMutationVariables = Exact<{
  groupId: string | number;
  subjects: Array<string> | string;
}>;


export type RemoveAccessGroupMembersMutation = { removeAccessGroupMembers: { id: string, members: Array<string> } };

export type AccessTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTargetsQuery = { collections: { edges: Array<{ node: { id: string, name: string, kind: CollectionKind, children: Array<{ id: string, name: string }> } }> }, assets: { edges: Array<{ node: { id: string, title: string } }> } };

export type AccessGrantsQueryVariables = Exact<{
  target: AccessTargetInput;
}>;


export type AccessGrantsQuery = { accessGrants: Array<{ id: string, target: string, principal: string, role: Role, grantedBy: string, grantedAt: string }> };

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type GrantAccessMutation = { grantAccess: { id: string, target: string, principal: string, role: Role } };

export type RevokeAccessMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeAccessMutation = { revokeAccess: boolean };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, role: Role, createdBy: string, createdAt: string, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

export type MetadataAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type MetadataAdminQuery = { metadataFields: Array<{ key: string, label: string, type: MetadataFieldType, choices: Array<string> | null, required: boolean, description: string | null, system: boolean }>, metadataSchemas: Array<{ id: string, name: string, assetTypes: Array<string>, fields: Array<{ key: string, label: string }> }> };

export type DefineMetadataFieldMutationVariables = Exact<{
  input: DefineMetadataFieldInput;
}>;


export type DefineMetadataFieldMutation = { defineMetadataField: { key: string, label: string, type: MetadataFieldType } };

export type DefineMetadataSchemaMutationVariables = Exact<{
  input: DefineMetadataSchemaInput;
}>;


export type DefineMetadataSchemaMutation = { defineMetadataSchema: { id: string, name: string } };

export type StorageSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type StorageSourcesQuery = { storageSources: Array<{ id: string, name: string, kind: StorageSourceKind, mode: SourceIngestMode, settings: unknown, hasCredentials: boolean, scheduleMinutes: number | null, watch: boolean, createdAt: string, scan: { state: SourceScanState, requested: boolean, listed: number, queued: number, missing: number, startedAt: string | null, finishedAt: string | null, nextScanAt: string | null, error: string | null } }> };

export type CreateStorageSourceMutationVariables = Exact<{
  input: CreateStorageSourceInput;
}>;


export type CreateStorageSourceMutation = { createStorageSource: { id: string, name: string } };

export type ScanStorageSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type ScanStorageSourceMutation = { scanStorageSource: { id: string, scan: { requested: boolean } } };

export type ArchiveOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveOverviewQuery = { archiveLocations: Array<{ name: string, usedForCopies: boolean, freeBytes: number | null }>, archivePolicies: Array<{ id: string, name: string, collectionId: string | null, olderThanDays: number | null, retentionDays: number | null, createdBy: string, createdAt: string }>, collections: { edges: Array<{ node: { id: string, name: string, kind: CollectionKind, assetCount: number } }> } };

export type CreateArchivePolicyMutationVariables = Exact<{
  input: ArchivePolicyInput;
}>;


export type CreateArchivePolicyMutation = { createArchivePolicy: { id: string, name: string } };

export type RunArchivePolicyMutationVariables = Exact<{
  id: string | number;
  dryRun: boolean;
}>;


export type RunArchivePolicyMutation = { runArchivePolicy: { dryRun: boolean, totalBytes: number, assets: Array<{ assetId: string, title: string | null, versionIds: Array<string>, bytes: number }>, blocked: Array<{ assetId: string, title: string | null, reason: string }>, jobs: Array<{ id: string }> } };

export type ArchiveCollectionMutationVariables = Exact<{
  collectionId: string | number;
  dryRun: boolean;
}>;


export type ArchiveCollectionMutation = { archiveCollection: { dryRun: boolean, totalBytes: number, assets: Array<{ assetId: string, title: string | null, versionIds: Array<string>, bytes: number }>, blocked: Array<{ assetId: string, title: string | null, reason: string }>, jobs: Array<{ id: string }> } };

export type AssetArchiveQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetArchiveQuery = { asset: { id: string, storageTier: StorageTier | null, archive: { tier: StorageTier, copies: Array<{ packageId: string, location: string, status: ArchiveCopyStatus, payloadBytes: number, createdAt: string, lastFixityAt: string | null, lastFixityResult: FixityResult | null }>, lastFixity: { location: string, checkedAt: string, result: FixityResult, detail: string | null } | null, legalHold: { reason: string, placedBy: string, placedAt: string } | null, jobs: Array<{ id: string, kind: ArchiveJobKind, status: ArchiveJobStatus, progress: number, reason: string | null, createdAt: string, updatedAt: string }> } | null } | null };

export type RestoreAssetMutationVariables = Exact<{
  assetId: string | number;
}>;


export type RestoreAssetMutation = { restoreAsset: { id: string, kind: ArchiveJobKind, status: ArchiveJobStatus, progress: number } };

export type ArchiveAssetMutationVariables = Exact<{
  assetId: string | number;
}>;


export type ArchiveAssetMutation = { archiveAsset: { id: string, kind: ArchiveJobKind, status: ArchiveJobStatus, progress: number } };

export type ArchiveJobsSubscriptionVariables = Exact<{
  assetId: string | number;
}>;


export type ArchiveJobsSubscription = { archiveJobs: { id: string, kind: ArchiveJobKind, status: ArchiveJobStatus, progress: number, reason: string | null, updatedAt: string } };

export type PlaceLegalHoldMutationVariables = Exact<{
  assetId: string | number;
  reason: string;
}>;


export type PlaceLegalHoldMutation = { placeLegalHold: { reason: string, placedBy: string, placedAt: string } };

export type ReleaseLegalHoldMutationVariables = Exact<{
  assetId: string | number;
}>;


export type ReleaseLegalHoldMutation = { releaseLegalHold: boolean };

export type AssetPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetPageQuery = { asset: { id: string, title: string, description: string | null, type: string | null, revision: number, createdAt: string, createdBy: string, updatedAt: string, myRole: Role, tags: Array<string>, ingestStatus: IngestStatus | null, ingestStatusReason: string | null, storageTier: StorageTier | null, lock: { holder: string, acquiredAt: string, expiresAt: string } | null, metadata: Array<{ key: string, label: string, type: MetadataFieldType, value: unknown }>, collections: Array<{ id: string, name: string }>, currentVersion: { id: string } | null, versions: Array<{ id: string, number: number, filename: string, size: number, createdAt: string, createdBy: string, current: boolean, note: string | null, technicalMetadata: { mediaKind: string, mimeType: string, format: string | null, fileSize: number | null, durationSeconds: number | null, frameRate: string | null, durationFrames: number | null, startTimecode: string | null, width: number | null, height: number | null, bitRate: number | null, error: string | null } | null, renditions: Array<{ id: string, kind: string, status: RenditionStatus, progress: number, reason: string | null, url: string | null, width: number | null, height: number | null, durationSeconds: number | null, details: unknown }> }> } | null, metadataFields: Array<{ key: string, label: string, type: MetadataFieldType, choices: Array<string> | null, required: boolean, description: string | null, system: boolean }> };

export type AssetHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetHistoryQuery = { asset: { id: string, history: { edges: Array<{ node: { id: string, action: AssetHistoryAction, actor: string, at: string, revision: number, version: { number: number } | null, changes: Array<{ field: string, from: string | null, to: string | null }> } }> } } | null };

export type SetAssetMetadataMutationVariables = Exact<{
  input: SetAssetMetadataInput;
}>;


export type SetAssetMetadataMutation = { setAssetMetadata: { id: string, revision: number, metadata: Array<{ key: string, label: string, type: MetadataFieldType, value: unknown }> } };

export type UpdateAssetMutationVariables = Exact<{
  input: UpdateAssetInput;
}>;


export type UpdateAssetMutation = { updateAsset: { id: string, revision: number, title: string, description: string | null } };

export type SetAssetTagsMutationVariables = Exact<{
  assetId: string | number;
  expectedRevision: number;
  tags: Array<string> | string;
}>;


export type SetAssetTagsMutation = { setAssetTags: { id: string, revision: number, tags: Array<string> } };

export type CheckOutAssetMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type CheckOutAssetMutation = { checkOutAsset: { id: string, revision: number, lock: { holder: string, acquiredAt: string, expiresAt: string } | null } };

export type CheckInAssetMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckInAssetMutation = { checkInAsset: { id: string, revision: number, lock: { holder: string, acquiredAt: string, expiresAt: string } | null } };

export type PromoteVersionMutationVariables = Exact<{
  assetId: string | number;
  versionId: string | number;
  expectedRevision: number;
}>;


export type PromoteVersionMutation = { promoteVersion: { id: string, revision: number, currentVersion: { id: string } | null } };

export type SearchAssetsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: AssetSearchFilter | null | undefined;
  sort?: AssetSearchSort | null | undefined;
  facets?: Array<string> | string | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAssetsQuery = { searchAssets: { total: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: Array<{ name: string, buckets: Array<{ value: string, count: number }> }>, edges: Array<{ cursor: string, highlights: Array<string>, node: { id: string, title: string, type: string | null, createdAt: string, ingestStatus: IngestStatus | null, ingestStatusReason: string | null, storageTier: StorageTier | null, sourceFile: { path: string, missing: boolean, missingSince: string | null, source: { name: string } } | null, currentVersion: { id: string, number: number, filename: string, technicalMetadata: { mediaKind: string, durationSeconds: number | null, width: number | null, height: number | null, frameRate: string | null } | null, renditions: Array<{ kind: string, status: RenditionStatus, url: string | null, details: unknown }> } | null } }> } | null };

export type SuggestAssetsQueryVariables = Exact<{
  prefix: string;
}>;


export type SuggestAssetsQuery = { suggestAssets: Array<{ highlight: string, matchedField: AssetSuggestionField, asset: { id: string, title: string, type: string | null } }> };

export type CollectionsQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
}>;


export type CollectionsQuery = { collections: { edges: Array<{ node: { id: string, name: string, kind: CollectionKind, assetCount: number, savedQuery: string | null, savedFilters: unknown, children: Array<{ id: string }> } }> } };

export type SaveSearchMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchMutation = { saveSearch: { id: string, name: string, kind: CollectionKind } };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { createCollection: { id: string, name: string, kind: CollectionKind } };

export type CollectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionQuery = { collection: { id: string, name: string, kind: CollectionKind, description: string | null, savedQuery: string | null, savedFilters: unknown, assetCount: number, path: Array<{ id: string, name: string }> } | null };

export type AddToCollectionMutationVariables = Exact<{
  collectionId: string | number;
  assetIds: Array<string | number> | string | number;
}>;


export type AddToCollectionMutation = { addAssetsToCollection: { id: string, assetCount: number } };

export type MetadataFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetadataFieldsQuery = { metadataFields: Array<{ key: string, label: string, type: MetadataFieldType, choices: Array<string> | null }> };

export type BulkSetMetadataMutationVariables = Exact<{
  input: BulkSetAssetMetadataInput;
}>;


export type BulkSetMetadataMutation = { bulkSetAssetMetadata: Array<{ id: string, revision: number }> };

export type IngestProgressSubscriptionVariables = Exact<{
  assetId: string | number;
}>;


export type IngestProgressSubscription = { ingestProgress: { assetId: string, versionId: string, jobId: string, kind: string, status: RenditionStatus, progress: number, reason: string | null } };

export type AssetIngestQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetIngestQuery = { asset: { id: string, ingestStatus: IngestStatus | null, ingestStatusReason: string | null, ingestJobs: Array<{ id: string, versionId: string, kind: string, status: RenditionStatus, progress: number, reason: string | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MembersDocument = new TypedDocumentString(`
    query Members {
  workspaceMembers {
    subject
    kind
    role
    active
    createdAt
    email
    name
  }
  invites {
    id
    email
    role
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    role
    expiresAt
    url
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInviteDocument = new TypedDocumentString(`
    mutation RevokeInvite($id: ID!) {
  revokeInvite(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInviteMutation, RevokeInviteMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($subject: String!, $role: Role!) {
  setMemberRole(subject: $subject, role: $role) {
    subject
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const AccessGroupsDocument = new TypedDocumentString(`
    query AccessGroups {
  accessGroups {
    id
    name
    members
    createdAt
  }
  workspaceMembers {
    subject
    kind
    role
    active
    email
    name
  }
}
    `) as unknown as TypedDocumentString<AccessGroupsQuery, AccessGroupsQueryVariables>;
export const CreateAccessGroupDocument = new TypedDocumentString(`
    mutation CreateAccessGroup($name: String!) {
  createAccessGroup(name: $name) {
    id
    name
    members
  }
}
    `) as unknown as TypedDocumentString<CreateAccessGroupMutation, CreateAccessGroupMutationVariables>;
export const DeleteAccessGroupDocument = new TypedDocumentString(`
    mutation DeleteAccessGroup($id: ID!) {
  deleteAccessGroup(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAccessGroupMutation, DeleteAccessGroupMutationVariables>;
export const AddAccessGroupMembersDocument = new TypedDocumentString(`
    mutation AddAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {
  addAccessGroupMembers(groupId: $groupId, subjects: $subjects) {
    id
    members
  }
}
    `) as unknown as TypedDocumentString<AddAccessGroupMembersMutation, AddAccessGroupMembersMutationVariables>;
export const RemoveAccessGroupMembersDocument = new TypedDocumentString(`
    mutation RemoveAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {
  removeAccessGroupMembers(groupId: $groupId, subjects: $subjects) {
    id
    members
  }
}
    `) as unknown as TypedDocumentString<RemoveAccessGroupMembersMutation, RemoveAccessGroupMembersMutationVariables>;
export const AccessTargetsDocument = new TypedDocumentString(`
    query AccessTargets {
  collections(first: 100) {
    edges {
      node {
        id
        name
        kind
        children {
          id
          name
        }
      }
    }
  }
  assets(first: 50) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessTargetsQuery, AccessTargetsQueryVariables>;
export const AccessGrantsDocument = new TypedDocumentString(`
    query AccessGrants($target: AccessTargetInput!) {
  accessGrants(target: $target) {
    id
    target
    principal
    role
    grantedBy
    grantedAt
  }
}
    `) as unknown as TypedDocumentString<AccessGrantsQuery, AccessGrantsQueryVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantAccessInput!) {
  grantAccess(input: $input) {
    id
    target
    principal
    role
  }
}
    `) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeAccessDocument = new TypedDocumentString(`
    mutation RevokeAccess($id: ID!) {
  revokeAccess(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeAccessMutation, RevokeAccessMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    id
    name
    role
    createdBy
    createdAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MetadataAdminDocument = new TypedDocumentString(`
    query MetadataAdmin {
  metadataFields {
    key
    label
    type
    choices
    required
    description
    system
  }
  metadataSchemas {
    id
    name
    assetTypes
    fields {
      key
      label
    }
  }
}
    `) as unknown as TypedDocumentString<MetadataAdminQuery, MetadataAdminQueryVariables>;
export const DefineMetadataFieldDocument = new TypedDocumentString(`
    mutation DefineMetadataField($input: DefineMetadataFieldInput!) {
  defineMetadataField(input: $input) {
    key
    label
    type
  }
}
    `) as unknown as TypedDocumentString<DefineMetadataFieldMutation, DefineMetadataFieldMutationVariables>;
export const DefineMetadataSchemaDocument = new TypedDocumentString(`
    mutation DefineMetadataSchema($input: DefineMetadataSchemaInput!) {
  defineMetadataSchema(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DefineMetadataSchemaMutation, DefineMetadataSchemaMutationVariables>;
export const StorageSourcesDocument = new TypedDocumentString(`
    query StorageSources {
  storageSources {
    id
    name
    kind
    mode
    settings
    hasCredentials
    scheduleMinutes
    watch
    createdAt
    scan {
      state
      requested
      listed
      queued
      missing
      startedAt
      finishedAt
      nextScanAt
      error
    }
  }
}
    `) as unknown as TypedDocumentString<StorageSourcesQuery, StorageSourcesQueryVariables>;
export const CreateStorageSourceDocument = new TypedDocumentString(`
    mutation CreateStorageSource($input: CreateStorageSourceInput!) {
  createStorageSource(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateStorageSourceMutation, CreateStorageSourceMutationVariables>;
export const ScanStorageSourceDocument = new TypedDocumentString(`
    mutation ScanStorageSource($id: ID!) {
  scanStorageSource(id: $id) {
    id
    scan {
      requested
    }
  }
}
    `) as unknown as TypedDocumentString<ScanStorageSourceMutation, ScanStorageSourceMutationVariables>;
export const ArchiveOverviewDocument = new TypedDocumentString(`
    query ArchiveOverview {
  archiveLocations {
    name
    usedForCopies
    freeBytes
  }
  archivePolicies {
    id
    name
    collectionId
    olderThanDays
    retentionDays
    createdBy
    createdAt
  }
  collections(parentId: null, first: 100) {
    edges {
      node {
        id
        name
        kind
        assetCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveOverviewQuery, ArchiveOverviewQueryVariables>;
export const CreateArchivePolicyDocument = new TypedDocumentString(`
    mutation CreateArchivePolicy($input: ArchivePolicyInput!) {
  createArchivePolicy(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateArchivePolicyMutation, CreateArchivePolicyMutationVariables>;
export const RunArchivePolicyDocument = new TypedDocumentString(`
    mutation RunArchivePolicy($id: ID!, $dryRun: Boolean!) {
  runArchivePolicy(id: $id, dryRun: $dryRun) {
    dryRun
    totalBytes
    assets {
      assetId
      title
      versionIds
      bytes
    }
    blocked {
      assetId
      title
      reason
    }
    jobs {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunArchivePolicyMutation, RunArchivePolicyMutationVariables>;
export const ArchiveCollectionDocument = new TypedDocumentString(`
    mutation ArchiveCollection($collectionId: ID!, $dryRun: Boolean!) {
  archiveCollection(collectionId: $collectionId, dryRun: $dryRun) {
    dryRun
    totalBytes
    assets {
      assetId
      title
      versionIds
      bytes
    }
    blocked {
      assetId
      title
      reason
    }
    jobs {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveCollectionMutation, ArchiveCollectionMutationVariables>;
export const AssetArchiveDocument = new TypedDocumentString(`
    query AssetArchive($id: ID!) {
  asset(id: $id) {
    id
    storageTier
    archive {
      tier
      copies {
        packageId
        location
        status
        payloadBytes
        createdAt
        lastFixityAt
        lastFixityResult
      }
      lastFixity {
        location
        checkedAt
        result
        detail
      }
      legalHold {
        reason
        placedBy
        placedAt
      }
      jobs {
        id
        kind
        status
        progress
        reason
        createdAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssetArchiveQuery, AssetArchiveQueryVariables>;
export const RestoreAssetDocument = new TypedDocumentString(`
    mutation RestoreAsset($assetId: ID!) {
  restoreAsset(assetId: $assetId) {
    id
    kind
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<RestoreAssetMutation, RestoreAssetMutationVariables>;
export const ArchiveAssetDocument = new TypedDocumentString(`
    mutation ArchiveAsset($assetId: ID!) {
  archiveAsset(assetId: $assetId) {
    id
    kind
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<ArchiveAssetMutation, ArchiveAssetMutationVariables>;
export const ArchiveJobsDocument = new TypedDocumentString(`
    subscription ArchiveJobs($assetId: ID!) {
  archiveJobs(assetId: $assetId) {
    id
    kind
    status
    progress
    reason
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveJobsSubscription, ArchiveJobsSubscriptionVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($assetId: ID!, $reason: String!) {
  placeLegalHold(assetId: $assetId, reason: $reason) {
    reason
    placedBy
    placedAt
  }
}
    `) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const ReleaseLegalHoldDocument = new TypedDocumentString(`
    mutation ReleaseLegalHold($assetId: ID!) {
  releaseLegalHold(assetId: $assetId)
}
    `) as unknown as TypedDocumentString<ReleaseLegalHoldMutation, ReleaseLegalHoldMutationVariables>;
export const AssetPageDocument = new TypedDocumentString(`
    query AssetPage($id: ID!) {
  asset(id: $id) {
    id
    title
    description
    type
    revision
    createdAt
    createdBy
    updatedAt
    myRole
    tags
    ingestStatus
    ingestStatusReason
    storageTier
    lock {
      holder
      acquiredAt
      expiresAt
    }
    metadata {
      key
      label
      type
      value
    }
    collections {
      id
      name
    }
    currentVersion {
      id
    }
    versions {
      id
      number
      filename
      size
      createdAt
      createdBy
      current
      note
      technicalMetadata {
        mediaKind
        mimeType
        format
        fileSize
        durationSeconds
        frameRate
        durationFrames
        startTimecode
        width
        height
        bitRate
        error
      }
      renditions {
        id
        kind
        status
        progress
        reason
        url
        width
        height
        durationSeconds
        details
      }
    }
  }
  metadataFields {
    key
    label
    type
    choices
    required
    description
    system
  }
}
    `) as unknown as TypedDocumentString<AssetPageQuery, AssetPageQueryVariables>;
export const AssetHistoryDocument = new TypedDocumentString(`
    query AssetHistory($id: ID!) {
  asset(id: $id) {
    id
    history(first: 50) {
      edges {
        node {
          id
          action
          actor
          at
          revision
          version {
            number
          }
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssetHistoryQuery, AssetHistoryQueryVariables>;
export const SetAssetMetadataDocument = new TypedDocumentString(`
    mutation SetAssetMetadata($input: SetAssetMetadataInput!) {
  setAssetMetadata(input: $input) {
    id
    revision
    metadata {
      key
      label
      type
      value
    }
  }
}
    `) as unknown as TypedDocumentString<SetAssetMetadataMutation, SetAssetMetadataMutationVariables>;
export const UpdateAssetDocument = new TypedDocumentString(`
    mutation UpdateAsset($input: UpdateAssetInput!) {
  updateAsset(input: $input) {
    id
    revision
    title
    description
  }
}
    `) as unknown as TypedDocumentString<UpdateAssetMutation, UpdateAssetMutationVariables>;
export const SetAssetTagsDocument = new TypedDocumentString(`
    mutation SetAssetTags($assetId: ID!, $expectedRevision: Int!, $tags: [String!]!) {
  setAssetTags(
    assetId: $assetId
    expectedRevision: $expectedRevision
    tags: $tags
  ) {
    id
    revision
    tags
  }
}
    `) as unknown as TypedDocumentString<SetAssetTagsMutation, SetAssetTagsMutationVariables>;
export const CheckOutAssetDocument = new TypedDocumentString(`
    mutation CheckOutAsset($id: ID!, $expectedRevision: Int) {
  checkOutAsset(id: $id, expectedRevision: $expectedRevision) {
    id
    revision
    lock {
      holder
      acquiredAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CheckOutAssetMutation, CheckOutAssetMutationVariables>;
export const CheckInAssetDocument = new TypedDocumentString(`
    mutation CheckInAsset($id: ID!) {
  checkInAsset(id: $id) {
    id
    revision
    lock {
      holder
      acquiredAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInAssetMutation, CheckInAssetMutationVariables>;
export const PromoteVersionDocument = new TypedDocumentString(`
    mutation PromoteVersion($assetId: ID!, $versionId: ID!, $expectedRevision: Int!) {
  promoteVersion(
    assetId: $assetId
    versionId: $versionId
    expectedRevision: $expectedRevision
  ) {
    id
    revision
    currentVersion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PromoteVersionMutation, PromoteVersionMutationVariables>;
export const SearchAssetsDocument = new TypedDocumentString(`
    query SearchAssets($query: String, $filter: AssetSearchFilter, $sort: AssetSearchSort, $facets: [String!], $after: String) {
  searchAssets(
    query: $query
    filter: $filter
    sort: $sort
    facets: $facets
    first: 60
    after: $after
  ) {
    total
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      name
      buckets {
        value
        count
      }
    }
    edges {
      cursor
      highlights
      node {
        id
        title
        type
        createdAt
        ingestStatus
        ingestStatusReason
        storageTier
        sourceFile {
          path
          missing
          missingSince
          source {
            name
          }
        }
        currentVersion {
          id
          number
          filename
          technicalMetadata {
            mediaKind
            durationSeconds
            width
            height
            frameRate
          }
          renditions {
            kind
            status
            url
            details
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAssetsQuery, SearchAssetsQueryVariables>;
export const SuggestAssetsDocument = new TypedDocumentString(`
    query SuggestAssets($prefix: String!) {
  suggestAssets(prefix: $prefix, first: 8) {
    highlight
    matchedField
    asset {
      id
      title
      type
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestAssetsQuery, SuggestAssetsQueryVariables>;
export const CollectionsDocument = new TypedDocumentString(`
    query Collections($parentId: ID) {
  collections(parentId: $parentId, first: 100) {
    edges {
      node {
        id
        name
        kind
        assetCount
        savedQuery
        savedFilters
        children {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectionsQuery, CollectionsQueryVariables>;
export const SaveSearchDocument = new TypedDocumentString(`
    mutation SaveSearch($input: SaveSearchInput!) {
  saveSearch(input: $input) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<SaveSearchMutation, SaveSearchMutationVariables>;
export const CreateCollectionDocument = new TypedDocumentString(`
    mutation CreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const CollectionDocument = new TypedDocumentString(`
    query Collection($id: ID!) {
  collection(id: $id) {
    id
    name
    kind
    description
    savedQuery
    savedFilters
    assetCount
    path {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CollectionQuery, CollectionQueryVariables>;
export const AddToCollectionDocument = new TypedDocumentString(`
    mutation AddToCollection($collectionId: ID!, $assetIds: [ID!]!) {
  addAssetsToCollection(collectionId: $collectionId, assetIds: $assetIds) {
    id
    assetCount
  }
}
    `) as unknown as TypedDocumentString<AddToCollectionMutation, AddToCollectionMutationVariables>;
export const MetadataFieldsDocument = new TypedDocumentString(`
    query MetadataFields {
  metadataFields {
    key
    label
    type
    choices
  }
}
    `) as unknown as TypedDocumentString<MetadataFieldsQuery, MetadataFieldsQueryVariables>;
export const BulkSetMetadataDocument = new TypedDocumentString(`
    mutation BulkSetMetadata($input: BulkSetAssetMetadataInput!) {
  bulkSetAssetMetadata(input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<BulkSetMetadataMutation, BulkSetMetadataMutationVariables>;
export const IngestProgressDocument = new TypedDocumentString(`
    subscription IngestProgress($assetId: ID!) {
  ingestProgress(assetId: $assetId) {
    assetId
    versionId
    jobId
    kind
    status
    progress
    reason
  }
}
    `) as unknown as TypedDocumentString<IngestProgressSubscription, IngestProgressSubscriptionVariables>;
export const AssetIngestDocument = new TypedDocumentString(`
    query AssetIngest($id: ID!) {
  asset(id: $id) {
    id
    ingestStatus
    ingestStatusReason
    ingestJobs {
      id
      versionId
      kind
      status
      progress
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AssetIngestQuery, AssetIngestQueryVariables>;