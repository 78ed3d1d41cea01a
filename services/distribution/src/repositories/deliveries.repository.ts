import type { EntityManager } from 'typeorm';
import type { DeliveryProfileSpec, LoudnessMeasurement, LoudnessPlan } from '@mam/media';

type Db = Pick<EntityManager, 'query'>;

export type DeliveryStatus = 'QUEUED' | 'RUNNING' | 'DELIVERED' | 'FAILED' | 'CANCELLED' | 'REFUSED';
export type OutputStatus =
  'QUEUED' | 'ENCODING' | 'VERIFIED' | 'DELIVERING' | 'DELIVERED' | 'FAILED' | 'CANCELLED' | 'REFUSED';

export interface DeliveryRow {
  id: string;
  workspace_id: string;
  asset_id: string;
  version_id: string;
  rule_id: string | null;
  requested_by: string;
  profile_ids: string[];
  destination_ids: string[];
  signature: string;
  job_id: string | null;
  status: DeliveryStatus;
  reason: string | null;
  master_loudness: LoudnessMeasurement | null;
  created_at: Date;
  updated_at: Date;
}

/** One file set written to one destination. */
export interface TransferRecord {
  destinationId: string;
  status: 'DELIVERED' | 'FAILED';
  /** Where it was written (a folder path, sftp://host/path, s3://bucket/prefix). */
  location: string | null;
  attempts: number;
  reason: string | null;
}

export interface OutputRow {
  delivery_id: string;
  position: number;
  profile_id: string;
  profile_name: string;
  spec: DeliveryProfileSpec;
  status: OutputStatus;
  progress: number;
  reason: string | null;
  differences: string[];
  files: string[];
  loudness: LoudnessMeasurement | null;
  loudness_plan: LoudnessPlan | null;
  transfers: TransferRecord[];
  updated_at: Date;
}

export interface NewDelivery {
  id: string;
  workspace_id: string;
  asset_id: string;
  version_id: string;
  rule_id: string | null;
  requested_by: string;
  profile_ids: string[];
  destination_ids: string[];
  signature: string;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The only place that reads and writes `deliveries` and `delivery_outputs`. */
export const deliveriesRepository = {
  /**
   * Inserts a queued delivery; null when the same one is already queued or running. With
   * `refusedFor`, the delivery and its outputs are recorded as refused for that reason instead.
   */
  async insert(
    db: Db,
    row: NewDelivery,
    outputs: { profileId: string; name: string; spec: DeliveryProfileSpec }[],
    refusedFor?: string,
  ): Promise<DeliveryRow | null> {
    const status = refusedFor ? 'REFUSED' : 'QUEUED';
    const [inserted]: DeliveryRow[] = await db.query(
      `INSERT INTO deliveries (id, workspace_id, asset_id, version_id, rule_id, requested_by, profile_ids, destination_ids, signature, status, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (version_id, signature) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING *`,
      [
        row.id,
        row.workspace_id,
        row.asset_id,
        row.version_id,
        row.rule_id,
        row.requested_by,
        row.profile_ids,
        row.destination_ids,
        row.signature,
        status,
        refusedFor ?? null,
      ],
    );
    if (!inserted) return null;
    for (const [position, output] of outputs.entries()) {
      await db.query(
        `INSERT INTO delivery_outputs (delivery_id, position, profile_id, profile_name, spec, status, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, position, output.profileId, output.name, JSON.stringify(output.spec), status, refusedFor ?? null],
      );
    }
    return inserted;
  },
  async setJob(db: Db, id: string, jobId: string): Promise<void> {
    await db.query('UPDATE deliveries SET job_id = $2 WHERE id = $1', [id, jobId]);
  },
  async running(db: Db, versionId: string, signature: string): Promise<DeliveryRow | null> {
    const [row]: DeliveryRow[] = await db.query(
      `SELECT * FROM deliveries WHERE version_id::text = $1 AND signature = $2 AND status IN ('QUEUED', 'RUNNING')`,
      [versionId, signature],
    );
    return row ?? null;
  },
  async find(db: Db, id: string): Promise<DeliveryRow | null> {
    const [row]: DeliveryRow[] = await db.query('SELECT * FROM deliveries WHERE id::text = $1', [id]);
    return row ?? null;
  },
  forAsset: (db: Db, assetId: string, limit: number): Promise<DeliveryRow[]> =>
    db.query('SELECT * FROM deliveries WHERE asset_id::text = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [
      assetId,
      limit,
    ]),
  forWorkspace: (db: Db, workspaceId: string, limit: number): Promise<DeliveryRow[]> =>
    db.query('SELECT * FROM deliveries WHERE workspace_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [
      workspaceId,
      limit,
    ]),
  /** The most recent delivery of each version, for the version's distribution status. */
  async latestForVersion(db: Db, versionId: string): Promise<DeliveryRow | null> {
    const [row]: DeliveryRow[] = await db.query(
      `SELECT * FROM deliveries WHERE version_id::text = $1 AND status <> 'CANCELLED' ORDER BY created_at DESC, id DESC LIMIT 1`,
      [versionId],
    );
    return row ?? null;
  },
  /** Moves a delivery on, unless it has ended already (a cancelled delivery stays cancelled). */
  async setStatus(
    db: Db,
    id: string,
    status: DeliveryStatus,
    fields: { reason?: string | null; masterLoudness?: LoudnessMeasurement | null } = {},
  ): Promise<DeliveryRow | null> {
    const [[row]]: [DeliveryRow[]] = await db.query(
      `UPDATE deliveries SET status = $2, reason = COALESCE($3, reason), master_loudness = COALESCE($4::jsonb, master_loudness), updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *`,
      [id, status, fields.reason ?? null, json(fields.masterLoudness)],
    );
    return row ?? null;
  },
  outputs: (db: Db, deliveryId: string): Promise<OutputRow[]> =>
    db.query('SELECT * FROM delivery_outputs WHERE delivery_id::text = $1 ORDER BY position', [deliveryId]),
  async outputsOf(db: Db, deliveryIds: string[]): Promise<OutputRow[]> {
    if (!deliveryIds.length) return [];
    return db.query('SELECT * FROM delivery_outputs WHERE delivery_id::text = ANY($1) ORDER BY delivery_id, position', [
      deliveryIds,
    ]);
  },
  async setProgress(db: Db, deliveryId: string, profileIds: string[], progress: number): Promise<void> {
    await db.query(
      `UPDATE delivery_outputs SET progress = $3, status = 'ENCODING', updated_at = now() WHERE delivery_id = $1 AND profile_id = ANY($2) AND status IN ('QUEUED', 'ENCODING')`,
      [deliveryId, profileIds, progress],
    );
  },
  async updateOutput(
    db: Db,
    deliveryId: string,
    profileId: string,
    fields: {
      status: OutputStatus;
      progress?: number;
      reason?: string | null;
      differences?: string[];
      files?: string[];
      loudness?: LoudnessMeasurement | null;
      loudnessPlan?: LoudnessPlan | null;
      transfers?: TransferRecord[];
    },
  ): Promise<void> {
    await db.query(
      `UPDATE delivery_outputs SET status = $3, progress = COALESCE($4, progress), reason = $5, differences = COALESCE($6::jsonb, differences), files = COALESCE($7::jsonb, files),
         loudness = COALESCE($8::jsonb, loudness), loudness_plan = COALESCE($9::jsonb, loudness_plan), transfers = COALESCE($10::jsonb, transfers), updated_at = now()
       WHERE delivery_id = $1 AND profile_id = $2 AND status <> 'CANCELLED'`,
      [
        deliveryId,
        profileId,
        fields.status,
        fields.progress ?? null,
        fields.reason ?? null,
        json(fields.differences),
        json(fields.files),
        json(fields.loudness),
        json(fields.loudnessPlan),
        json(fields.transfers),
      ],
    );
  },
  /** Outputs not yet finished end as the delivery ended (cancelled, or failed with its reason). */
  async endOpenOutputs(db: Db, deliveryId: string, status: 'FAILED' | 'CANCELLED', reason: string): Promise<void> {
    await db.query(
      `UPDATE delivery_outputs SET status = $2, reason = COALESCE(reason, $3), updated_at = now() WHERE delivery_id = $1 AND status NOT IN ('DELIVERED', 'FAILED', 'CANCELLED')`,
      [deliveryId, status, reason],
    );
  },
};
