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

export type AnnotationInput = {
  color: string;
  kind: AnnotationKind;
  points: Array<AnnotationPointInput>;
  text?: string | null | undefined;
};

export type AnnotationKind =
  | 'ARROW'
  | 'ELLIPSE'
  | 'FREEHAND'
  | 'LINE'
  | 'RECTANGLE'
  | 'TEXT';

export type AnnotationPointInput = {
  x: number;
  y: number;
};

/** How many named reviewers must approve a version: all of them, any one, or a quorum of N. */
export type ApprovalPolicy =
  | 'ALL'
  | 'ANY'
  | 'QUORUM';

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
  daysAfterDelivery?: number | null | undefined;
  everyMinutes?: number | null | undefined;
  /** Archive locations (see archiveLocations) for its copies, one copy each; absent: the first ARCHIVE_COPIES configured. */
  locations?: Array<string> | null | undefined;
  metadataField?: string | null | undefined;
  metadataValue?: unknown;
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

export type CreateDeliveryProfileInput = {
  name: string;
  /** The settings, as described on DeliveryProfile; impossible ones are refused with the field and the reason. */
  spec: unknown;
};

export type CreateDeliveryRuleInput = {
  /** ADDED_TO_COLLECTION: the collection. */
  collectionId?: string | number | null | undefined;
  destinationIds: Array<string | number>;
  enabled?: boolean | null | undefined;
  /** METADATA_VALUE_SET: the field's key. */
  metadataField?: string | null | undefined;
  /** METADATA_VALUE_SET: the value. */
  metadataValue?: unknown;
  name: string;
  profileIds: Array<string | number>;
  trigger: DeliveryTrigger;
};

export type CreateDestinationInput = {
  /** broadcast, web, social, cinema or internal: deliveries of assets not licensed on it are refused. */
  channel?: string | null | undefined;
  /** SFTP { password } or { privateKey, passphrase }; S3 { accessKeyId, secretAccessKey }; WEBHOOK { signingSecret } (16+ characters, signs each notice); none for a folder. */
  credentials?: unknown;
  kind: DestinationKind;
  name: string;
  settings: unknown;
  /** ISO 3166-1 alpha-2 (GB): deliveries of assets not licensed there are refused. */
  territory?: string | null | undefined;
};

export type CreateLogoInput = {
  /** Up to 5 reference images, matched by image features. */
  images?: Array<LogoImageInput> | null | undefined;
  name: string;
  /** Texts that spell the logo, matched against on-screen text (spelling slips of OCR tolerated). */
  wordmarks?: Array<string> | null | undefined;
};

export type CreateReviewInput = {
  assetIds?: Array<string | number> | null | undefined;
  collectionId?: string | number | null | undefined;
  /** ISO 8601. */
  dueAt?: string | null | undefined;
  policy: ApprovalPolicy;
  /** Approvals needed with QUORUM. */
  quorum?: number | null | undefined;
  reviewers: Array<ReviewerInput>;
  title: string;
};

export type CreateShareLinkInput = {
  assetId?: string | number | null | undefined;
  collectionId?: string | number | null | undefined;
  /** ISO 8601. */
  expiresAt?: string | null | undefined;
  /** Default true: only each asset's current version. */
  latestOnly?: boolean | null | undefined;
  /** 8 to 200 characters; kept as an argon2id hash. */
  password?: string | null | undefined;
  permissions: Array<ShareLinkPermission>;
  reviewId?: string | number | null | undefined;
  scope: ShareLinkScope;
  versionId?: string | number | null | undefined;
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

export type DecideVersionInput = {
  decision: ReviewDecisionKind;
  note?: string | null | undefined;
  reviewId: string | number;
  versionId: string | number;
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

export type DeliverVersionInput = {
  destinationIds: Array<string | number>;
  profileIds: Array<string | number>;
  versionId: string | number;
};

export type DeliveryOutputStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'DELIVERING'
  | 'ENCODING'
  | 'FAILED'
  | 'QUEUED'
  | 'REFUSED';

export type DeliveryStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  /** Not made: the asset's rights forbid it (the reason says which). */
  | 'REFUSED'
  | 'RUNNING';

export type DeliveryTrigger =
  /** The asset was added to the rule's collection: its current version is delivered. */
  | 'ADDED_TO_COLLECTION'
  /** The asset's metadata field took the rule's value (or, for a many-valued field, came to hold it): its current version is delivered. */
  | 'METADATA_VALUE_SET'
  /** A version's review status became APPROVED. */
  | 'VERSION_APPROVED';

export type DestinationKind =
  | 'FOLDER'
  | 'S3'
  | 'SFTP'
  /** An HTTP endpoint sent a signed JSON notice per output, listing its files with short-lived download URLs. */
  | 'WEBHOOK';

export type DistributionStatus =
  | 'AWAITING_APPROVAL'
  | 'DELIVERED'
  | 'DELIVERING'
  | 'FAILED'
  | 'SCHEDULED';

export type EditingExportFormat =
  /** A shot log for Avid Media Composer bins (File > Import, Shot Log): Name, Source File, Start, End, Duration, FPS, Tracks, and Drive Path, the file to link on the workstation. */
  | 'AVID_CSV'
  /** Final Cut Pro XML 1.10. */
  | 'FCPXML';

export type EnrichmentSegmentKind =
  | 'FACE'
  | 'LABEL'
  | 'LOGO'
  /** Where one person is on screen; text is their name (empty until someone names them). */
  | 'PERSON'
  | 'TEXT'
  | 'TRANSCRIPT';

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

/** A frame as a number (0 is the version's first frame) or as SMPTE timecode of the source (HH:MM:SS:FF, drop-frame HH:MM:SS;FF): give one. */
export type FrameInput = {
  frame?: number | null | undefined;
  timecode?: string | null | undefined;
};

export type GrantAccessInput = {
  allMembers?: boolean | null | undefined;
  groupId?: string | number | null | undefined;
  role: Role;
  /** Exactly one of subject, groupId and allMembers names who receives the role. */
  subject?: string | null | undefined;
  target: AccessTargetInput;
};

export type HlsStreamStatus =
  /** Every segment is written: the playlist is a VOD playlist with EXT-X-ENDLIST. */
  | 'READY'
  /** Segments are still being written: the playlist is an EVENT playlist that grows. */
  | 'STREAMING';

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

export type LogoImageInput = {
  /** PNG, JPEG or WebP, at most 5 MiB. */
  contentBase64: string;
  filename: string;
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

export type PostCommentInput = {
  /** At most 10,000 points together. */
  annotations?: Array<AnnotationInput> | null | undefined;
  /** The frame, or a range's in point; none for a comment on the whole version. */
  at?: FrameInput | null | undefined;
  /** At most 10,000 characters. */
  body: string;
  /** Hidden from guests. */
  internal?: boolean | null | undefined;
  /** A range's out point. */
  out?: FrameInput | null | undefined;
  /** Reply to this thread. */
  parentId?: string | number | null | undefined;
  reviewId?: string | number | null | undefined;
  versionId: string | number;
};

export type RenditionStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING'
  /** The rendition does not apply to this media (e.g. no renderer for its type); reason says why. The asset is not at fault. */
  | 'SKIPPED';

export type ReviewActivityType =
  | 'COMMENT_ADDED'
  | 'COMMENT_DELETED'
  | 'COMMENT_EDITED'
  | 'COMMENT_REOPENED'
  | 'COMMENT_RESOLVED'
  | 'DECISION'
  | 'PRESENCE';

export type ReviewDecisionKind =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'REJECTED';

export type ReviewMediaStatus =
  /** The media cannot be made; reason says why. */
  | 'FAILED'
  /** The media is still being made (the proxy, or a guest's watermarked copy); ask again shortly. */
  | 'PREPARING'
  /** The URLs are there. */
  | 'READY';

export type ReviewStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'IN_REVIEW'
  | 'PENDING'
  | 'REJECTED';

export type ReviewerInput = {
  /** A guest's email. */
  email?: string | null | undefined;
  /** A workspace member's subject. */
  subject?: string | null | undefined;
};

export type ReviewerKind =
  | 'GUEST'
  | 'MEMBER';

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

export type ShareLinkPermission =
  | 'APPROVE'
  | 'COMMENT'
  | 'DOWNLOAD_MASTER'
  | 'DOWNLOAD_PROXY'
  | 'VIEW';

export type ShareLinkScope =
  | 'ASSET'
  | 'COLLECTION'
  | 'REVIEW'
  | 'VERSION';

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


export type ArchiveOverviewQuery = { archiveLocations: Array<{ name: string, usedForCopies: boolean, freeBytes: number | null }>, archivePolicies: Array<{ id: string, name: string, collectionId: string | null, olderThanDays: number | null, metadataField: string | null, metadataValue: unknown, daysAfterDelivery: number | null, everyMinutes: number | null, nextRunAt: string | null, retentionDays: number | null, locations: Array<string> | null, createdBy: string, createdAt: string }>, collections: { edges: Array<{ node: { id: string, name: string, kind: CollectionKind, assetCount: number } }> } };

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


export type AssetPageQuery = { asset: { id: string, title: string, description: string | null, type: string | null, revision: number, createdAt: string, createdBy: string, updatedAt: string, myRole: Role, tags: Array<string>, ingestStatus: IngestStatus | null, ingestStatusReason: string | null, storageTier: StorageTier | null, lock: { holder: string, acquiredAt: string, expiresAt: string } | null, metadata: Array<{ key: string, label: string, type: MetadataFieldType, value: unknown }>, collections: Array<{ id: string, name: string }>, currentVersion: { id: string } | null, versions: Array<{ id: string, number: number, filename: string, size: number, createdAt: string, createdBy: string, current: boolean, note: string | null, technicalMetadata: { mediaKind: string, mimeType: string, format: string | null, fileSize: number | null, durationSeconds: number | null, frameRate: string | null, durationFrames: number | null, startTimecode: string | null, width: number | null, height: number | null, bitRate: number | null, error: string | null } | null, renditions: Array<{ id: string, kind: string, status: RenditionStatus, progress: number, reason: string | null, url: string | null, width: number | null, height: number | null, durationSeconds: number | null, details: unknown, hls: { url: string, status: HlsStreamStatus } | null }> }> } | null, metadataFields: Array<{ key: string, label: string, type: MetadataFieldType, choices: Array<string> | null, required: boolean, description: string | null, system: boolean }> };

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

export type DeliveryProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryProfilesQuery = { deliveryProfiles: Array<{ id: string, name: string, builtIn: boolean, container: string, spec: unknown }> };

export type CreateDeliveryProfileMutationVariables = Exact<{
  input: CreateDeliveryProfileInput;
}>;


export type CreateDeliveryProfileMutation = { createDeliveryProfile: { id: string, name: string } };

export type UpdateDeliveryProfileMutationVariables = Exact<{
  id: string | number;
  input: CreateDeliveryProfileInput;
}>;


export type UpdateDeliveryProfileMutation = { updateDeliveryProfile: { id: string, name: string } };

export type DeleteDeliveryProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDeliveryProfileMutation = { deleteDeliveryProfile: boolean };

export type DestinationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DestinationsQuery = { destinations: Array<{ id: string, name: string, kind: DestinationKind, settings: unknown, hasCredentials: boolean, territory: string | null, channel: string | null, createdAt: string }> };

export type CreateDestinationMutationVariables = Exact<{
  input: CreateDestinationInput;
}>;


export type CreateDestinationMutation = { createDestination: { id: string, name: string, kind: DestinationKind, hasCredentials: boolean } };

export type DeleteDestinationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDestinationMutation = { deleteDestination: boolean };

export type DeliveryRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryRulesQuery = { deliveryRules: Array<{ id: string, name: string, trigger: DeliveryTrigger, collectionId: string | null, metadataField: string | null, metadataValue: unknown, enabled: boolean, createdAt: string, profiles: Array<{ id: string, name: string }>, destinations: Array<{ id: string, name: string, kind: DestinationKind }> }> };

export type CreateDeliveryRuleMutationVariables = Exact<{
  input: CreateDeliveryRuleInput;
}>;


export type CreateDeliveryRuleMutation = { createDeliveryRule: { id: string, name: string } };

export type SetDeliveryRuleEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type SetDeliveryRuleEnabledMutation = { setDeliveryRuleEnabled: { id: string, enabled: boolean } };

export type DeleteDeliveryRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDeliveryRuleMutation = { deleteDeliveryRule: boolean };

export type DeliveryHeadFragment = { id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> };

export type OutputSummaryFragment = { profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } };

export type DeliverySummaryFragment = { id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, outputs: Array<{ profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> };

export type DeliveryDetailFragment = { id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, outputs: Array<{ files: Array<string>, profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, transfers: Array<{ destinationId: string, status: string, location: string | null, attempts: number, reason: string | null }>, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> };

export type DeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveriesQuery = { deliveries: Array<{ id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, asset: { id: string, title: string }, version: { id: string, number: number }, outputs: Array<{ profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> }> };

export type DeliveryDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryDetailQuery = { delivery: { id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, outputs: Array<{ files: Array<string>, profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, transfers: Array<{ destinationId: string, status: string, location: string | null, attempts: number, reason: string | null }>, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> } | null };

export type AssetDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetDeliveriesQuery = { asset: { id: string, distributionStatus: DistributionStatus | null, deliveries: Array<{ id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, version: { id: string, number: number }, outputs: Array<{ profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> }> } | null };

export type DeliveryProgressSubscriptionVariables = Exact<{
  deliveryId: string | number;
}>;


export type DeliveryProgressSubscription = { deliveryProgress: { id: string, ruleId: string | null, requestedBy: string, status: DeliveryStatus, reason: string | null, createdAt: string, updatedAt: string, outputs: Array<{ files: Array<string>, profileId: string, profileName: string, status: DeliveryOutputStatus, progress: number, reason: string | null, loudnessMode: string | null, transfers: Array<{ destinationId: string, status: string, location: string | null, attempts: number, reason: string | null }>, loudness: { integrated: number, truePeak: number } | null, verification: { passed: boolean | null, differences: Array<string> } }>, masterLoudness: { integrated: number, range: number, truePeak: number } | null, destinations: Array<{ id: string, name: string, kind: DestinationKind }> } };

export type DeliverVersionMutationVariables = Exact<{
  input: DeliverVersionInput;
}>;


export type DeliverVersionMutation = { deliverVersion: { id: string, status: DeliveryStatus } };

export type RedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverMutation = { redeliver: { id: string, status: DeliveryStatus } };

export type CancelDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type CancelDeliveryMutation = { cancelDelivery: { id: string, status: DeliveryStatus, reason: string | null } };

export type DeliveryTargetsQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryTargetsQuery = { asset: { id: string, title: string, versions: Array<{ id: string, number: number, current: boolean }> } | null };

export type DeliveryRuleTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryRuleTargetsQuery = { collections: { edges: Array<{ node: { id: string, name: string, kind: CollectionKind, children: Array<{ id: string, name: string, kind: CollectionKind }> } }> }, metadataFields: Array<{ key: string, label: string, type: MetadataFieldType, choices: Array<string> | null }> };

export type VersionTranscriptQueryVariables = Exact<{
  versionId: string | number;
}>;


export type VersionTranscriptQuery = { assetVersion: { id: string, transcript: { language: string, vtt: string, srt: string, engine: { engine: string, model: string }, segments: Array<{ id: string, index: number, startFrame: number, endFrame: number, timecode: string, text: string, corrected: boolean, correctedBy: string | null, correctedAt: string | null, words: Array<{ text: string, startFrame: number, endFrame: number, confidence: number }> }> } | null } | null };

export type VersionEnrichmentSegmentsQueryVariables = Exact<{
  versionId: string | number;
}>;


export type VersionEnrichmentSegmentsQuery = { assetVersion: { id: string, enrichmentSegments: Array<{ id: string, kind: EnrichmentSegmentKind, text: string, startFrame: number, endFrame: number, timecode: string, confidence: number, person: { id: string, name: string | null } | null }> } | null };

export type CorrectTranscriptSegmentMutationVariables = Exact<{
  versionId: string | number;
  segmentId: string | number;
  text: string;
}>;


export type CorrectTranscriptSegmentMutation = { correctTranscriptSegment: { id: string, text: string, corrected: boolean, correctedBy: string | null, correctedAt: string | null } };

export type SearchAssetsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: AssetSearchFilter | null | undefined;
  sort?: AssetSearchSort | null | undefined;
  facets?: Array<string> | string | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAssetsQuery = { searchAssets: { total: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: Array<{ name: string, buckets: Array<{ value: string, count: number }> }>, edges: Array<{ cursor: string, highlights: Array<string>, segments: Array<{ kind: string, text: string, startFrame: number, timecode: string }>, node: { id: string, title: string, type: string | null, createdAt: string, ingestStatus: IngestStatus | null, ingestStatusReason: string | null, storageTier: StorageTier | null, sourceFile: { path: string, missing: boolean, missingSince: string | null, source: { name: string } } | null, currentVersion: { id: string, number: number, filename: string, technicalMetadata: { mediaKind: string, durationSeconds: number | null, width: number | null, height: number | null, frameRate: string | null } | null, renditions: Array<{ kind: string, status: RenditionStatus, url: string | null, details: unknown }> } | null } }> } | null };

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

export type ExportForEditingQueryVariables = Exact<{
  collectionId: string | number;
  format: EditingExportFormat;
  drive?: boolean | null | undefined;
  conform?: boolean | null | undefined;
}>;


export type ExportForEditingQuery = { exportCollectionForEditing: { filename: string, content: string, skipped: Array<{ assetId: string, reason: string }> } };

export type RerunCollectionEnrichmentMutationVariables = Exact<{
  collectionId: string | number;
  kinds?: Array<string> | string | null | undefined;
}>;


export type RerunCollectionEnrichmentMutation = { rerunCollectionEnrichment: { assets: number, jobs: Array<{ kind: string }>, skipped: Array<{ assetId: string, reason: string }> } };

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { people: Array<{ id: string, name: string | null, faceCount: number, faces: Array<{ id: string, imageUrl: string | null }> }> };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, name: string | null, faceCount: number, faces: Array<{ id: string, assetId: string, versionId: string, startFrame: number, timecode: string, imageUrl: string | null, confidence: number }>, appearances: Array<{ versionId: string, asset: { id: string, title: string }, segment: { id: string, startFrame: number, endFrame: number, timecode: string } }> } | null };

export type FaceRecognitionQueryVariables = Exact<{ [key: string]: never; }>;


export type FaceRecognitionQuery = { faceRecognition: { enabled: boolean, changedBy: string | null, changedAt: string | null } };

export type NamePersonMutationVariables = Exact<{
  personId: string | number;
  name: string;
}>;


export type NamePersonMutation = { namePerson: { id: string, name: string | null } };

export type MergePeopleMutationVariables = Exact<{
  keepId: string | number;
  mergeId: string | number;
}>;


export type MergePeopleMutation = { mergePeople: { id: string, faceCount: number } };

export type SplitPersonMutationVariables = Exact<{
  personId: string | number;
  faceIds: Array<string | number> | string | number;
}>;


export type SplitPersonMutation = { splitPerson: { id: string, faceCount: number } };

export type NotThisPersonMutationVariables = Exact<{
  segmentId: string | number;
}>;


export type NotThisPersonMutation = { notThisPerson: Array<{ id: string, name: string | null }> };

export type SetFaceRecognitionMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetFaceRecognitionMutation = { setFaceRecognition: { enabled: boolean, changedBy: string | null, changedAt: string | null } };

export type DeleteFaceDataMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteFaceDataMutation = { deleteFaceData: number };

export type LogosQueryVariables = Exact<{ [key: string]: never; }>;


export type LogosQuery = { logos: Array<{ id: string, name: string, wordmarks: Array<string>, imageCount: number, createdBy: string, createdAt: string }> };

export type CreateLogoMutationVariables = Exact<{
  input: CreateLogoInput;
}>;


export type CreateLogoMutation = { createLogo: { id: string, name: string } };

export type DeleteLogoMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLogoMutation = { deleteLogo: string };

export type GuestMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type GuestMediaQuery = { reviewVersion: { id: string, reviewMedia: { status: ReviewMediaStatus, reason: string | null, streamUrl: string | null, posterUrl: string | null, downloadProxyUrl: string | null, downloadMasterUrl: string | null, downloadMasterRefusal: string | null } | null } | null };

export type ReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsQuery = { reviews: Array<{ id: string, title: string, policy: ApprovalPolicy, quorum: number | null, dueAt: string | null, createdBy: string, createdAt: string, reviewers: Array<{ id: string, kind: ReviewerKind }>, assets: Array<{ id: string, title: string, currentVersion: { id: string, reviewStatus: ReviewStatus | null } | null }> }> };

export type ReviewCommentFieldsFragment = { id: string, versionId: string, parentId: string | null, body: string, frameIn: number | null, frameOut: number | null, timecodeIn: string | null, timecodeOut: string | null, internal: boolean, resolved: boolean, createdAt: string, author: { id: string, name: string, kind: ReviewerKind }, annotations: Array<{ kind: AnnotationKind, color: string, text: string | null, points: Array<{ x: number, y: number }> }> };

export type ReviewVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewVersionQuery = { reviewVersion: { id: string, reviewStatus: ReviewStatus | null, reviewTiming: { frameRate: string, startTimecode: string, dropFrame: boolean, durationFrames: number | null } | null, reviewComments: Array<{ id: string, versionId: string, parentId: string | null, body: string, frameIn: number | null, frameOut: number | null, timecodeIn: string | null, timecodeOut: string | null, internal: boolean, resolved: boolean, createdAt: string, author: { id: string, name: string, kind: ReviewerKind }, annotations: Array<{ kind: AnnotationKind, color: string, text: string | null, points: Array<{ x: number, y: number }> }> }> | null } | null };

export type ReviewPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewPageQuery = { review: { id: string, title: string, policy: ApprovalPolicy, quorum: number | null, dueAt: string | null, createdBy: string, createdAt: string, reviewers: Array<{ id: string, kind: ReviewerKind }>, assets: Array<{ id: string, title: string, myRole: Role, currentVersion: { id: string } | null, versions: Array<{ id: string, number: number, current: boolean, renditions: Array<{ kind: string, status: RenditionStatus, url: string | null }> }> }> } | null };

export type ReviewDecisionsQueryVariables = Exact<{
  id: string | number;
  versionId: string | number;
}>;


export type ReviewDecisionsQuery = { review: { id: string, decisions: Array<{ id: string, reviewer: string, decision: ReviewDecisionKind, note: string, decidedAt: string }> } | null };

export type ReviewActivitySubscriptionVariables = Exact<{
  reviewId?: string | number | null | undefined;
  assetId?: string | number | null | undefined;
}>;


export type ReviewActivitySubscription = { reviewActivity: { type: ReviewActivityType, versionId: string, commentId: string | null, actor: string, actorName: string, frame: number | null, decision: ReviewDecisionKind | null, status: ReviewStatus | null, at: string } };

export type PostReviewCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;


export type PostReviewCommentMutation = { postComment: { id: string } };

export type ResolveReviewCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveReviewCommentMutation = { resolveComment: { id: string, resolved: boolean } };

export type ReopenReviewCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenReviewCommentMutation = { reopenComment: { id: string, resolved: boolean } };

export type DecideVersionMutationVariables = Exact<{
  input: DecideVersionInput;
}>;


export type DecideVersionMutation = { decideVersion: { status: ReviewStatus, decision: { id: string, decision: ReviewDecisionKind } } };

export type ReportPresenceMutationVariables = Exact<{
  versionId: string | number;
  frame?: number | null | undefined;
}>;


export type ReportPresenceMutation = { reportPresence: boolean };

export type CreateReviewMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type CreateReviewMutation = { createReview: { id: string } };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { createShareLink: { token: string, link: { id: string, permissions: Array<ShareLinkPermission>, hasPassword: boolean, expiresAt: string | null } } };

export type ReviewersPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewersPickerQuery = { workspaceMembers: Array<{ subject: string, kind: string, active: boolean, email: string | null, name: string | null }> };

export type GuestAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type GuestAccessQuery = { guestAccess: { linkId: string, scope: ShareLinkScope, reviewId: string | null, assetId: string | null, permissions: Array<ShareLinkPermission>, name: string, email: string, expiresAt: string | null, versions: Array<{ id: string, reviewStatus: ReviewStatus | null }> } | null };

export type GuestReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type GuestReviewQuery = { review: { id: string, title: string, dueAt: string | null, policy: ApprovalPolicy } | null };

export type ReviewFilmstripQueryVariables = Exact<{
  assetId: string | number;
}>;


export type ReviewFilmstripQuery = { asset: { id: string, versions: Array<{ id: string, renditions: Array<{ kind: string, status: RenditionStatus, url: string | null, details: unknown }> }> } | null };

export type DriveSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DriveSettingsQuery = { driveMount: { url: string, macos: Array<string>, windows: Array<string>, linux: Array<string> }, myAppPasswords: Array<{ id: string, name: string, createdAt: string, revokedAt: string | null }> };

export type CreateAppPasswordMutationVariables = Exact<{
  name: string;
}>;


export type CreateAppPasswordMutation = { createAppPassword: { secret: string, username: string, mountUrl: string, appPassword: { id: string, name: string } } };

export type RevokeAppPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeAppPasswordMutation = { revokeAppPassword: boolean };

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
export const DeliveryHeadFragmentDoc = new TypedDocumentString(`
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
    `, {"fragmentName":"DeliveryHead"}) as unknown as TypedDocumentString<DeliveryHeadFragment, unknown>;
export const OutputSummaryFragmentDoc = new TypedDocumentString(`
    fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}
    `, {"fragmentName":"OutputSummary"}) as unknown as TypedDocumentString<OutputSummaryFragment, unknown>;
export const DeliverySummaryFragmentDoc = new TypedDocumentString(`
    fragment DeliverySummary on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}`, {"fragmentName":"DeliverySummary"}) as unknown as TypedDocumentString<DeliverySummaryFragment, unknown>;
export const DeliveryDetailFragmentDoc = new TypedDocumentString(`
    fragment DeliveryDetail on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
    files
    transfers {
      destinationId
      status
      location
      attempts
      reason
    }
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}`, {"fragmentName":"DeliveryDetail"}) as unknown as TypedDocumentString<DeliveryDetailFragment, unknown>;
export const ReviewCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewCommentFields on ReviewComment {
  id
  versionId
  parentId
  body
  frameIn
  frameOut
  timecodeIn
  timecodeOut
  internal
  resolved
  createdAt
  author {
    id
    name
    kind
  }
  annotations {
    kind
    color
    text
    points {
      x
      y
    }
  }
}
    `, {"fragmentName":"ReviewCommentFields"}) as unknown as TypedDocumentString<ReviewCommentFieldsFragment, unknown>;
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
    metadataField
    metadataValue
    daysAfterDelivery
    everyMinutes
    nextRunAt
    retentionDays
    locations
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
        hls {
          url
          status
        }
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
export const DeliveryProfilesDocument = new TypedDocumentString(`
    query DeliveryProfiles {
  deliveryProfiles {
    id
    name
    builtIn
    container
    spec
  }
}
    `) as unknown as TypedDocumentString<DeliveryProfilesQuery, DeliveryProfilesQueryVariables>;
export const CreateDeliveryProfileDocument = new TypedDocumentString(`
    mutation CreateDeliveryProfile($input: CreateDeliveryProfileInput!) {
  createDeliveryProfile(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateDeliveryProfileMutation, CreateDeliveryProfileMutationVariables>;
export const UpdateDeliveryProfileDocument = new TypedDocumentString(`
    mutation UpdateDeliveryProfile($id: ID!, $input: CreateDeliveryProfileInput!) {
  updateDeliveryProfile(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateDeliveryProfileMutation, UpdateDeliveryProfileMutationVariables>;
export const DeleteDeliveryProfileDocument = new TypedDocumentString(`
    mutation DeleteDeliveryProfile($id: ID!) {
  deleteDeliveryProfile(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDeliveryProfileMutation, DeleteDeliveryProfileMutationVariables>;
export const DestinationsDocument = new TypedDocumentString(`
    query Destinations {
  destinations {
    id
    name
    kind
    settings
    hasCredentials
    territory
    channel
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DestinationsQuery, DestinationsQueryVariables>;
export const CreateDestinationDocument = new TypedDocumentString(`
    mutation CreateDestination($input: CreateDestinationInput!) {
  createDestination(input: $input) {
    id
    name
    kind
    hasCredentials
  }
}
    `) as unknown as TypedDocumentString<CreateDestinationMutation, CreateDestinationMutationVariables>;
export const DeleteDestinationDocument = new TypedDocumentString(`
    mutation DeleteDestination($id: ID!) {
  deleteDestination(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDestinationMutation, DeleteDestinationMutationVariables>;
export const DeliveryRulesDocument = new TypedDocumentString(`
    query DeliveryRules {
  deliveryRules {
    id
    name
    trigger
    collectionId
    metadataField
    metadataValue
    enabled
    createdAt
    profiles {
      id
      name
    }
    destinations {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRulesQuery, DeliveryRulesQueryVariables>;
export const CreateDeliveryRuleDocument = new TypedDocumentString(`
    mutation CreateDeliveryRule($input: CreateDeliveryRuleInput!) {
  createDeliveryRule(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateDeliveryRuleMutation, CreateDeliveryRuleMutationVariables>;
export const SetDeliveryRuleEnabledDocument = new TypedDocumentString(`
    mutation SetDeliveryRuleEnabled($id: ID!, $enabled: Boolean!) {
  setDeliveryRuleEnabled(id: $id, enabled: $enabled) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<SetDeliveryRuleEnabledMutation, SetDeliveryRuleEnabledMutationVariables>;
export const DeleteDeliveryRuleDocument = new TypedDocumentString(`
    mutation DeleteDeliveryRule($id: ID!) {
  deleteDeliveryRule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDeliveryRuleMutation, DeleteDeliveryRuleMutationVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries {
  deliveries(first: 20) {
    ...DeliverySummary
    asset {
      id
      title
    }
    version {
      id
      number
    }
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}
fragment DeliverySummary on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
  }
}`) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const DeliveryDetailDocument = new TypedDocumentString(`
    query DeliveryDetail($id: ID!) {
  delivery(id: $id) {
    ...DeliveryDetail
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}
fragment DeliveryDetail on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
    files
    transfers {
      destinationId
      status
      location
      attempts
      reason
    }
  }
}`) as unknown as TypedDocumentString<DeliveryDetailQuery, DeliveryDetailQueryVariables>;
export const AssetDeliveriesDocument = new TypedDocumentString(`
    query AssetDeliveries($id: ID!) {
  asset(id: $id) {
    id
    distributionStatus
    deliveries(first: 10) {
      ...DeliverySummary
      version {
        id
        number
      }
    }
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}
fragment DeliverySummary on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
  }
}`) as unknown as TypedDocumentString<AssetDeliveriesQuery, AssetDeliveriesQueryVariables>;
export const DeliveryProgressDocument = new TypedDocumentString(`
    subscription DeliveryProgress($deliveryId: ID!) {
  deliveryProgress(deliveryId: $deliveryId) {
    ...DeliveryDetail
  }
}
    fragment DeliveryHead on Delivery {
  id
  ruleId
  requestedBy
  status
  reason
  createdAt
  updatedAt
  masterLoudness {
    integrated
    range
    truePeak
  }
  destinations {
    id
    name
    kind
  }
}
fragment OutputSummary on DeliveryOutput {
  profileId
  profileName
  status
  progress
  reason
  loudnessMode
  loudness {
    integrated
    truePeak
  }
  verification {
    passed
    differences
  }
}
fragment DeliveryDetail on Delivery {
  ...DeliveryHead
  outputs {
    ...OutputSummary
    files
    transfers {
      destinationId
      status
      location
      attempts
      reason
    }
  }
}`) as unknown as TypedDocumentString<DeliveryProgressSubscription, DeliveryProgressSubscriptionVariables>;
export const DeliverVersionDocument = new TypedDocumentString(`
    mutation DeliverVersion($input: DeliverVersionInput!) {
  deliverVersion(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeliverVersionMutation, DeliverVersionMutationVariables>;
export const RedeliverDocument = new TypedDocumentString(`
    mutation Redeliver($deliveryId: ID!) {
  redeliver(deliveryId: $deliveryId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RedeliverMutation, RedeliverMutationVariables>;
export const CancelDeliveryDocument = new TypedDocumentString(`
    mutation CancelDelivery($deliveryId: ID!) {
  cancelDelivery(deliveryId: $deliveryId) {
    id
    status
    reason
  }
}
    `) as unknown as TypedDocumentString<CancelDeliveryMutation, CancelDeliveryMutationVariables>;
export const DeliveryTargetsDocument = new TypedDocumentString(`
    query DeliveryTargets($id: ID!) {
  asset(id: $id) {
    id
    title
    versions {
      id
      number
      current
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryTargetsQuery, DeliveryTargetsQueryVariables>;
export const DeliveryRuleTargetsDocument = new TypedDocumentString(`
    query DeliveryRuleTargets {
  collections(first: 100) {
    edges {
      node {
        id
        name
        kind
        children {
          id
          name
          kind
        }
      }
    }
  }
  metadataFields {
    key
    label
    type
    choices
  }
}
    `) as unknown as TypedDocumentString<DeliveryRuleTargetsQuery, DeliveryRuleTargetsQueryVariables>;
export const VersionTranscriptDocument = new TypedDocumentString(`
    query VersionTranscript($versionId: ID!) {
  assetVersion(id: $versionId) {
    id
    transcript {
      language
      engine {
        engine
        model
      }
      vtt
      srt
      segments {
        id
        index
        startFrame
        endFrame
        timecode
        text
        corrected
        correctedBy
        correctedAt
        words {
          text
          startFrame
          endFrame
          confidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VersionTranscriptQuery, VersionTranscriptQueryVariables>;
export const VersionEnrichmentSegmentsDocument = new TypedDocumentString(`
    query VersionEnrichmentSegments($versionId: ID!) {
  assetVersion(id: $versionId) {
    id
    enrichmentSegments(kinds: [PERSON, LABEL, TEXT, LOGO]) {
      id
      kind
      text
      startFrame
      endFrame
      timecode
      confidence
      person {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VersionEnrichmentSegmentsQuery, VersionEnrichmentSegmentsQueryVariables>;
export const CorrectTranscriptSegmentDocument = new TypedDocumentString(`
    mutation CorrectTranscriptSegment($versionId: ID!, $segmentId: ID!, $text: String!) {
  correctTranscriptSegment(
    versionId: $versionId
    segmentId: $segmentId
    text: $text
  ) {
    id
    text
    corrected
    correctedBy
    correctedAt
  }
}
    `) as unknown as TypedDocumentString<CorrectTranscriptSegmentMutation, CorrectTranscriptSegmentMutationVariables>;
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
      segments(first: 1) {
        kind
        text
        startFrame
        timecode
      }
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
export const ExportForEditingDocument = new TypedDocumentString(`
    query ExportForEditing($collectionId: ID!, $format: EditingExportFormat!, $drive: Boolean, $conform: Boolean) {
  exportCollectionForEditing(
    collectionId: $collectionId
    format: $format
    drive: $drive
    conform: $conform
  ) {
    filename
    content
    skipped {
      assetId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ExportForEditingQuery, ExportForEditingQueryVariables>;
export const RerunCollectionEnrichmentDocument = new TypedDocumentString(`
    mutation RerunCollectionEnrichment($collectionId: ID!, $kinds: [String!]) {
  rerunCollectionEnrichment(collectionId: $collectionId, kinds: $kinds) {
    assets
    jobs {
      kind
    }
    skipped {
      assetId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RerunCollectionEnrichmentMutation, RerunCollectionEnrichmentMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People {
  people(first: 200) {
    id
    name
    faceCount
    faces(first: 1) {
      id
      imageUrl
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    id
    name
    faceCount
    faces(first: 48) {
      id
      assetId
      versionId
      startFrame
      timecode
      imageUrl
      confidence
    }
    appearances(first: 50) {
      versionId
      asset {
        id
        title
      }
      segment {
        id
        startFrame
        endFrame
        timecode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const FaceRecognitionDocument = new TypedDocumentString(`
    query FaceRecognition {
  faceRecognition {
    enabled
    changedBy
    changedAt
  }
}
    `) as unknown as TypedDocumentString<FaceRecognitionQuery, FaceRecognitionQueryVariables>;
export const NamePersonDocument = new TypedDocumentString(`
    mutation NamePerson($personId: ID!, $name: String!) {
  namePerson(personId: $personId, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NamePersonMutation, NamePersonMutationVariables>;
export const MergePeopleDocument = new TypedDocumentString(`
    mutation MergePeople($keepId: ID!, $mergeId: ID!) {
  mergePeople(keepId: $keepId, mergeId: $mergeId) {
    id
    faceCount
  }
}
    `) as unknown as TypedDocumentString<MergePeopleMutation, MergePeopleMutationVariables>;
export const SplitPersonDocument = new TypedDocumentString(`
    mutation SplitPerson($personId: ID!, $faceIds: [ID!]!) {
  splitPerson(personId: $personId, faceIds: $faceIds) {
    id
    faceCount
  }
}
    `) as unknown as TypedDocumentString<SplitPersonMutation, SplitPersonMutationVariables>;
export const NotThisPersonDocument = new TypedDocumentString(`
    mutation NotThisPerson($segmentId: ID!) {
  notThisPerson(segmentId: $segmentId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NotThisPersonMutation, NotThisPersonMutationVariables>;
export const SetFaceRecognitionDocument = new TypedDocumentString(`
    mutation SetFaceRecognition($enabled: Boolean!) {
  setFaceRecognition(enabled: $enabled) {
    enabled
    changedBy
    changedAt
  }
}
    `) as unknown as TypedDocumentString<SetFaceRecognitionMutation, SetFaceRecognitionMutationVariables>;
export const DeleteFaceDataDocument = new TypedDocumentString(`
    mutation DeleteFaceData {
  deleteFaceData
}
    `) as unknown as TypedDocumentString<DeleteFaceDataMutation, DeleteFaceDataMutationVariables>;
export const LogosDocument = new TypedDocumentString(`
    query Logos {
  logos {
    id
    name
    wordmarks
    imageCount
    createdBy
    createdAt
  }
}
    `) as unknown as TypedDocumentString<LogosQuery, LogosQueryVariables>;
export const CreateLogoDocument = new TypedDocumentString(`
    mutation CreateLogo($input: CreateLogoInput!) {
  createLogo(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLogoMutation, CreateLogoMutationVariables>;
export const DeleteLogoDocument = new TypedDocumentString(`
    mutation DeleteLogo($id: ID!) {
  deleteLogo(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLogoMutation, DeleteLogoMutationVariables>;
export const GuestMediaDocument = new TypedDocumentString(`
    query GuestMedia($id: ID!) {
  reviewVersion(id: $id) {
    id
    reviewMedia {
      status
      reason
      streamUrl
      posterUrl
      downloadProxyUrl
      downloadMasterUrl
      downloadMasterRefusal
    }
  }
}
    `) as unknown as TypedDocumentString<GuestMediaQuery, GuestMediaQueryVariables>;
export const ReviewsDocument = new TypedDocumentString(`
    query Reviews {
  reviews(first: 50) {
    id
    title
    policy
    quorum
    dueAt
    createdBy
    createdAt
    reviewers {
      id
      kind
    }
    assets {
      id
      title
      currentVersion {
        id
        reviewStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewVersionDocument = new TypedDocumentString(`
    query ReviewVersion($id: ID!) {
  reviewVersion(id: $id) {
    id
    reviewStatus
    reviewTiming {
      frameRate
      startTimecode
      dropFrame
      durationFrames
    }
    reviewComments {
      ...ReviewCommentFields
    }
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  versionId
  parentId
  body
  frameIn
  frameOut
  timecodeIn
  timecodeOut
  internal
  resolved
  createdAt
  author {
    id
    name
    kind
  }
  annotations {
    kind
    color
    text
    points {
      x
      y
    }
  }
}`) as unknown as TypedDocumentString<ReviewVersionQuery, ReviewVersionQueryVariables>;
export const ReviewPageDocument = new TypedDocumentString(`
    query ReviewPage($id: ID!) {
  review(id: $id) {
    id
    title
    policy
    quorum
    dueAt
    createdBy
    createdAt
    reviewers {
      id
      kind
    }
    assets {
      id
      title
      myRole
      currentVersion {
        id
      }
      versions {
        id
        number
        current
        renditions {
          kind
          status
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPageQuery, ReviewPageQueryVariables>;
export const ReviewDecisionsDocument = new TypedDocumentString(`
    query ReviewDecisions($id: ID!, $versionId: ID!) {
  review(id: $id) {
    id
    decisions(versionId: $versionId) {
      id
      reviewer
      decision
      note
      decidedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewDecisionsQuery, ReviewDecisionsQueryVariables>;
export const ReviewActivityDocument = new TypedDocumentString(`
    subscription ReviewActivity($reviewId: ID, $assetId: ID) {
  reviewActivity(reviewId: $reviewId, assetId: $assetId) {
    type
    versionId
    commentId
    actor
    actorName
    frame
    decision
    status
    at
  }
}
    `) as unknown as TypedDocumentString<ReviewActivitySubscription, ReviewActivitySubscriptionVariables>;
export const PostReviewCommentDocument = new TypedDocumentString(`
    mutation PostReviewComment($input: PostCommentInput!) {
  postComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostReviewCommentMutation, PostReviewCommentMutationVariables>;
export const ResolveReviewCommentDocument = new TypedDocumentString(`
    mutation ResolveReviewComment($id: ID!) {
  resolveComment(id: $id) {
    id
    resolved
  }
}
    `) as unknown as TypedDocumentString<ResolveReviewCommentMutation, ResolveReviewCommentMutationVariables>;
export const ReopenReviewCommentDocument = new TypedDocumentString(`
    mutation ReopenReviewComment($id: ID!) {
  reopenComment(id: $id) {
    id
    resolved
  }
}
    `) as unknown as TypedDocumentString<ReopenReviewCommentMutation, ReopenReviewCommentMutationVariables>;
export const DecideVersionDocument = new TypedDocumentString(`
    mutation DecideVersion($input: DecideVersionInput!) {
  decideVersion(input: $input) {
    status
    decision {
      id
      decision
    }
  }
}
    `) as unknown as TypedDocumentString<DecideVersionMutation, DecideVersionMutationVariables>;
export const ReportPresenceDocument = new TypedDocumentString(`
    mutation ReportPresence($versionId: ID!, $frame: Int) {
  reportPresence(versionId: $versionId, frame: $frame)
}
    `) as unknown as TypedDocumentString<ReportPresenceMutation, ReportPresenceMutationVariables>;
export const CreateReviewDocument = new TypedDocumentString(`
    mutation CreateReview($input: CreateReviewInput!) {
  createReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReviewMutation, CreateReviewMutationVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($input: CreateShareLinkInput!) {
  createShareLink(input: $input) {
    token
    link {
      id
      permissions
      hasPassword
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const ReviewersPickerDocument = new TypedDocumentString(`
    query ReviewersPicker {
  workspaceMembers {
    subject
    kind
    active
    email
    name
  }
}
    `) as unknown as TypedDocumentString<ReviewersPickerQuery, ReviewersPickerQueryVariables>;
export const GuestAccessDocument = new TypedDocumentString(`
    query GuestAccess {
  guestAccess {
    linkId
    scope
    reviewId
    assetId
    permissions
    name
    email
    expiresAt
    versions {
      id
      reviewStatus
    }
  }
}
    `) as unknown as TypedDocumentString<GuestAccessQuery, GuestAccessQueryVariables>;
export const GuestReviewDocument = new TypedDocumentString(`
    query GuestReview($id: ID!) {
  review(id: $id) {
    id
    title
    dueAt
    policy
  }
}
    `) as unknown as TypedDocumentString<GuestReviewQuery, GuestReviewQueryVariables>;
export const ReviewFilmstripDocument = new TypedDocumentString(`
    query ReviewFilmstrip($assetId: ID!) {
  asset(id: $assetId) {
    id
    versions {
      id
      renditions {
        kind
        status
        url
        details
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewFilmstripQuery, ReviewFilmstripQueryVariables>;
export const DriveSettingsDocument = new TypedDocumentString(`
    query DriveSettings {
  driveMount {
    url
    macos
    windows
    linux
  }
  myAppPasswords {
    id
    name
    createdAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<DriveSettingsQuery, DriveSettingsQueryVariables>;
export const CreateAppPasswordDocument = new TypedDocumentString(`
    mutation CreateAppPassword($name: String!) {
  createAppPassword(name: $name) {
    secret
    username
    mountUrl
    appPassword {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAppPasswordMutation, CreateAppPasswordMutationVariables>;
export const RevokeAppPasswordDocument = new TypedDocumentString(`
    mutation RevokeAppPassword($id: ID!) {
  revokeAppPassword(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeAppPasswordMutation, RevokeAppPasswordMutationVariables>;
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