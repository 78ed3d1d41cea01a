import type { AssetVersionFacts } from '@mam/versions';
import type { CommentRow, DeliveryRow, DescriptiveRow, LifeEventRow } from '../../repositories/asset-facts.repository';
import type { AuditRow } from '../../repositories/audit.repository';

export interface ArchivedVersion {
  version: AssetVersionFacts;
  /** Its master's path in the bag. */
  path: string;
}

/** Metadata keys of the built-in rights fields (licence, expiry, territories, channels). */
const RIGHTS_PREFIX = 'rights_';

/** data/metadata/asset.json: what archive knows of the asset and each archived version, readable without our software. */
export function assetSidecar(input: {
  assetId: string;
  workspaceId: string;
  title: string | null;
  collectionIds: string[];
  descriptive: DescriptiveRow;
  packageId: string;
  archivedAt: Date;
  versions: ArchivedVersion[];
}): string {
  const { metadata } = input.descriptive;
  const custom = Object.fromEntries(Object.entries(metadata).filter(([key]) => !key.startsWith(RIGHTS_PREFIX)));
  const rights = Object.fromEntries(
    Object.entries(metadata)
      .filter(([key]) => key.startsWith(RIGHTS_PREFIX))
      .map(([key, value]) => [key.slice(RIGHTS_PREFIX.length), value]),
  );
  return `${JSON.stringify(
    {
      asset: {
        id: input.assetId,
        workspace: input.workspaceId,
        title: input.title,
        description: input.descriptive.description,
        tags: input.descriptive.tags,
        collections: input.collectionIds,
        metadata: custom,
        rights,
      },
      package: { id: input.packageId, archivedAt: input.archivedAt.toISOString() },
      versions: input.versions.map(({ version, path }) => ({
        id: version.versionId,
        number: version.number,
        current: version.current,
        filename: version.filename,
        sha256: version.sha256,
        size: version.size,
        createdAt: version.createdAt?.toISOString() ?? null,
        payloadPath: path,
        technicalMetadata: version.media,
      })),
    },
    null,
    2,
  )}\n`;
}

interface PremisEvent {
  eventIdentifier: string;
  eventType: string;
  eventDateTime: string;
  eventDetail: string;
  eventOutcome: string;
  linkingAgent: string;
  linkingObject: string;
}

/**
 * data/metadata/premis-events.json: the asset's life as PREMIS-style events: each version's
 * ingestion, every archive action recorded in the audit, and this package's own creation
 * (message digest calculation and replication to each location).
 */
export function premisEvents(input: {
  assetId: string;
  packageId: string;
  archivedAt: Date;
  versions: ArchivedVersion[];
  lifeEvents: LifeEventRow[];
  comments: CommentRow[];
  deliveries: DeliveryRow[];
  audit: AuditRow[];
  locations: string[];
  actor: string;
}): string {
  const events: PremisEvent[] = [];
  for (const { version } of input.versions) {
    events.push({
      eventIdentifier: `version-${version.versionId}`,
      eventType: 'ingestion',
      eventDateTime: version.createdAt?.toISOString() ?? '',
      eventDetail: `version ${version.number} (${version.filename ?? 'unnamed'}) stored as a master`,
      eventOutcome: 'success',
      linkingAgent: 'ingest',
      linkingObject: version.versionId,
    });
  }
  input.lifeEvents.forEach((row, index) => {
    events.push({
      eventIdentifier: `life-${index + 1}`,
      eventType: row.type,
      eventDateTime: new Date(row.occurred_at).toISOString(),
      eventDetail: row.detail,
      eventOutcome: 'success',
      linkingAgent: row.actor,
      linkingObject: row.version_id ?? input.assetId,
    });
  });
  for (const comment of input.comments) {
    events.push({
      eventIdentifier: `comment-${comment.comment_id}`,
      eventType: 'annotation',
      eventDateTime: new Date(comment.posted_at).toISOString(),
      eventDetail: `${comment.timecode ? `at ${comment.timecode}: ` : ''}${comment.body}`,
      eventOutcome: 'success',
      linkingAgent: comment.author,
      linkingObject: comment.version_id ?? input.assetId,
    });
  }
  for (const delivery of input.deliveries) {
    events.push({
      eventIdentifier: `delivery-${delivery.delivery_id}`,
      eventType: 'dissemination',
      eventDateTime: new Date(delivery.completed_at).toISOString(),
      eventDetail: `delivered ${delivery.outputs.map((o) => o.profileId).join(', ')} to ${delivery.destination_ids.length} destination(s)`,
      eventOutcome: 'success',
      linkingAgent: delivery.rule_id ? `distribution rule ${delivery.rule_id}` : 'distribution',
      linkingObject: delivery.version_id ?? input.assetId,
    });
  }
  input.audit.forEach((row, index) => {
    events.push({
      eventIdentifier: `audit-${index + 1}`,
      eventType: row.action,
      eventDateTime: new Date(row.at).toISOString(),
      eventDetail: JSON.stringify(row.detail),
      eventOutcome: 'success',
      linkingAgent: row.actor,
      linkingObject: input.assetId,
    });
  });
  const at = input.archivedAt.toISOString();
  events.push({
    eventIdentifier: `${input.packageId}-digest`,
    eventType: 'message digest calculation',
    eventDateTime: at,
    eventDetail: 'sha256 of every file computed while it was written',
    eventOutcome: 'success',
    linkingAgent: 'archive',
    linkingObject: input.packageId,
  });
  for (const location of input.locations) {
    events.push({
      eventIdentifier: `${input.packageId}-${location}`,
      eventType: 'replication',
      eventDateTime: at,
      eventDetail: `copy written to location ${location}`,
      eventOutcome: 'success',
      linkingAgent: input.actor,
      linkingObject: input.packageId,
    });
  }
  events.sort((a, b) => a.eventDateTime.localeCompare(b.eventDateTime));
  return `${JSON.stringify({ object: input.assetId, events }, null, 2)}\n`;
}

/** data/metadata/decisions.json: the review decisions on the asset's versions, as review announced them. */
export function decisionsSidecar(lifeEvents: LifeEventRow[]): string {
  const decisions = lifeEvents
    .filter((row) => row.type.startsWith('review '))
    .map((row) => ({
      versionId: row.version_id,
      decision: row.type.slice('review '.length),
      decidedBy: row.actor,
      note: row.detail,
      decidedAt: new Date(row.occurred_at).toISOString(),
    }));
  return `${JSON.stringify({ decisions }, null, 2)}\n`;
}

/** data/metadata/comments.json: the comments and frame-range annotations on the asset's versions, as review announced them. */
export function commentsSidecar(comments: CommentRow[]): string {
  const rows = comments.map((comment) => ({
    id: comment.comment_id,
    versionId: comment.version_id,
    author: comment.author,
    body: comment.body,
    frameIn: comment.frame_in === null ? null : Number(comment.frame_in),
    frameOut: comment.frame_out === null ? null : Number(comment.frame_out),
    timecode: comment.timecode || null,
    frameRate: comment.frame_rate || null,
    internal: comment.internal,
    postedAt: new Date(comment.posted_at).toISOString(),
  }));
  return `${JSON.stringify({ comments: rows }, null, 2)}\n`;
}

/** data/metadata/deliveries.json: where the asset's versions were delivered, as distribution announced it. */
export function deliveriesSidecar(deliveries: DeliveryRow[]): string {
  const rows = deliveries.map((delivery) => ({
    id: delivery.delivery_id,
    versionId: delivery.version_id,
    ruleId: delivery.rule_id || null,
    destinationIds: delivery.destination_ids,
    outputs: delivery.outputs,
    completedAt: new Date(delivery.completed_at).toISOString(),
  }));
  return `${JSON.stringify({ deliveries: rows }, null, 2)}\n`;
}
