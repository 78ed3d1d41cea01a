import type { DescMessage } from '@bufbuild/protobuf';
import {
  AssetAccessChangedSchema,
  AssetCollectionsChangedSchema,
  AssetCreatedSchema,
  AssetCurrentVersionChangedSchema,
  AssetUpdatedSchema,
  AssetVersionCreatedSchema,
} from './gen/mam/assets/v1/asset_events_pb';
import {
  MediaProbedSchema,
  RenditionFailedSchema,
  RenditionReadySchema,
  RenditionRequestedSchema,
  UploadCompletedSchema,
} from './gen/mam/ingest/v1/ingest_events_pb';
import { EnrichmentRequestedSchema, EnrichmentSegmentsReplacedSchema } from './gen/mam/ingest/v1/enrichment_events_pb';
import {
  DeliveryCompletedSchema,
  DeliveryFailedSchema,
  DeliveryRequestedSchema,
} from './gen/mam/distribution/v1/distribution_events_pb';
import {
  ArchiveJobRequestedSchema,
  AssetArchivedSchema,
  AssetRestoredSchema,
  FixityFailedSchema,
} from './gen/mam/archive/v1/archive_events_pb';
import {
  CommentPostedSchema,
  CommentRemovedSchema,
  ReviewJobRequestedSchema,
  VersionApprovedSchema,
  VersionChangesRequestedSchema,
} from './gen/mam/review/v1/review_events_pb';

export * from './gen/mam/events/v1/envelope_pb';
export * from './gen/mam/assets/v1/asset_events_pb';
export * from './gen/mam/ingest/v1/ingest_events_pb';
export * from './gen/mam/ingest/v1/enrichment_events_pb';
export * from './gen/mam/review/v1/review_events_pb';
export * from './gen/mam/distribution/v1/distribution_events_pb';
export * from './gen/mam/archive/v1/archive_events_pb';

/** Kafka topics, named `mam.<owner>.<aggregate>.v1`. Messages are keyed by aggregate id. */
export const TOPICS = {
  assetsAsset: 'mam.assets.asset.v1',
  ingestUpload: 'mam.ingest.upload.v1',
  ingestRenditionJob: 'mam.ingest.rendition-job.v1',
  ingestRegistrationJob: 'mam.ingest.registration-job.v1',
  ingestPreviewJob: 'mam.ingest.preview-job.v1',
  ingestEnrichmentJob: 'mam.ingest.enrichment-job.v1',
  ingestEnrichment: 'mam.ingest.enrichment.v1',
  reviewVersion: 'mam.review.version.v1',
  distributionDelivery: 'mam.distribution.delivery.v1',
  distributionDeliveryJob: 'mam.distribution.delivery-job.v1',
  archiveAsset: 'mam.archive.asset.v1',
  archiveJob: 'mam.archive.job.v1',
  reviewComment: 'mam.review.comment.v1',
  reviewJob: 'mam.review.job.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Envelope `type` string to the schema of the message packed in `Envelope.payload`. */
export const eventTypes = {
  'asset.created': AssetCreatedSchema,
  'asset.updated': AssetUpdatedSchema,
  'asset.version-created': AssetVersionCreatedSchema,
  'asset.current-version-changed': AssetCurrentVersionChangedSchema,
  'asset.access-changed': AssetAccessChangedSchema,
  'asset.collections-changed': AssetCollectionsChangedSchema,
  'upload.completed': UploadCompletedSchema,
  'media.probed': MediaProbedSchema,
  'rendition.requested': RenditionRequestedSchema,
  'rendition.ready': RenditionReadySchema,
  'rendition.failed': RenditionFailedSchema,
  'enrichment.requested': EnrichmentRequestedSchema,
  'enrichment.segments-replaced': EnrichmentSegmentsReplacedSchema,
  'version.approved': VersionApprovedSchema,
  'version.changes-requested': VersionChangesRequestedSchema,
  'delivery.requested': DeliveryRequestedSchema,
  'delivery.completed': DeliveryCompletedSchema,
  'delivery.failed': DeliveryFailedSchema,
  'asset.archived': AssetArchivedSchema,
  'asset.restored': AssetRestoredSchema,
  'fixity.failed': FixityFailedSchema,
  'archive.job-requested': ArchiveJobRequestedSchema,
  'review.comment-posted': CommentPostedSchema,
  'review.comment-removed': CommentRemovedSchema,
  'review.job-requested': ReviewJobRequestedSchema,
} as const satisfies Record<string, DescMessage>;

export type EventType = keyof typeof eventTypes;
