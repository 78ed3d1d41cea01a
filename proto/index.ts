import type { DescMessage } from '@bufbuild/protobuf';
import { AssetCreatedSchema, AssetUpdatedSchema } from './gen/mam/assets/v1/asset_events_pb';

export * from './gen/mam/events/v1/envelope_pb';
export * from './gen/mam/assets/v1/asset_events_pb';

/** Kafka topics, named `mam.<owner>.<aggregate>.v1`. Messages are keyed by aggregate id. */
export const TOPICS = {
  assetsAsset: 'mam.assets.asset.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Envelope `type` string to the schema of the message packed in `Envelope.payload`. */
export const eventTypes = {
  'asset.created': AssetCreatedSchema,
  'asset.updated': AssetUpdatedSchema,
} as const satisfies Record<string, DescMessage>;

export type EventType = keyof typeof eventTypes;
