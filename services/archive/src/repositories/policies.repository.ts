import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface PolicyRow {
  id: string;
  workspace_id: string;
  name: string;
  collection_id: string | null;
  older_than_days: number | null;
  retention_days: number | null;
  locations: string[] | null;
  metadata_field: string | null;
  metadata_value: unknown;
  days_after_delivery: number | null;
  every_minutes: number | null;
  next_run_at: Date | null;
  created_by: string;
  created_at: Date;
}

/** What a selection matches; every condition given must hold. */
export interface SelectionCriteria {
  workspaceId: string;
  /** Only these assets (a collection's members, read from assets); null: any asset of the workspace. */
  assetIds: string[] | null;
  olderThanDays: number | null;
  /** A metadata field (a workspace field's key or a built-in rights_* one) that has taken this value. */
  metadataField?: string | null;
  metadataValue?: unknown;
  /** At least this many days since a version of the asset was delivered. */
  daysAfterDelivery?: number | null;
}

export interface CandidateRow {
  asset_id: string;
  title: string | null;
  version_ids: string[];
  bytes: string;
}

const COLUMNS =
  'id::text, workspace_id, name, collection_id::text, older_than_days, retention_days, locations, metadata_field, metadata_value, days_after_delivery, every_minutes, next_run_at, created_by, created_at';

/** The only place that reads and writes archive policies, and finds the assets a selection matches. */
export const policiesRepository = {
  async insert(
    db: Db,
    policy: {
      id: string;
      workspaceId: string;
      name: string;
      collectionId: string | null;
      olderThanDays: number | null;
      retentionDays: number | null;
      locations: string[] | null;
      metadataField: string | null;
      metadataValue: unknown;
      daysAfterDelivery: number | null;
      everyMinutes: number | null;
      createdBy: string;
    },
  ): Promise<PolicyRow | null> {
    const rows: PolicyRow[] = await db.query(
      `INSERT INTO archive_policies (id, workspace_id, name, collection_id, older_than_days, retention_days, metadata_field, metadata_value, days_after_delivery, every_minutes, next_run_at, created_by, locations)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, CASE WHEN $10::int IS NULL THEN NULL ELSE now() END, $11, $12::text[])
       ON CONFLICT (workspace_id, name) DO NOTHING RETURNING ${COLUMNS}`,
      [
        policy.id,
        policy.workspaceId,
        policy.name,
        policy.collectionId,
        policy.olderThanDays,
        policy.retentionDays,
        policy.metadataField,
        policy.metadataField === null ? null : JSON.stringify(policy.metadataValue),
        policy.daysAfterDelivery,
        policy.everyMinutes,
        policy.createdBy,
        policy.locations,
      ],
    );
    return rows[0] ?? null;
  },

  async find(db: Db, workspaceId: string, policyId: string): Promise<PolicyRow | null> {
    const [row]: PolicyRow[] = await db.query(
      `SELECT ${COLUMNS} FROM archive_policies WHERE workspace_id = $1 AND id::text = $2`,
      [workspaceId, policyId],
    );
    return row ?? null;
  },

  async list(db: Db, workspaceId: string): Promise<PolicyRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM archive_policies WHERE workspace_id = $1 ORDER BY name`, [workspaceId]);
  },

  /**
   * Brings forward to now the next run of the workspace's scheduled policies whose metadata
   * trigger the asset's values now meet: a field taking its value is acted on at the schedule's
   * next wake, not at the policy's next interval.
   */
  async bringForwardMetadataTriggers(db: Db, workspaceId: string, metadata: Record<string, unknown>): Promise<void> {
    await db.query(
      `UPDATE archive_policies SET next_run_at = now()
       WHERE workspace_id = $1 AND every_minutes IS NOT NULL AND metadata_field IS NOT NULL
         AND $2::jsonb -> metadata_field = metadata_value AND next_run_at > now()`,
      [workspaceId, JSON.stringify(metadata)],
    );
  },

  /**
   * Scheduled policies whose time has come, each claimed by moving its next run on by its
   * interval (instances skip each other's claims): the caller runs them.
   */
  async claimDue(db: Db): Promise<PolicyRow[]> {
    // An UPDATE answers [rows, affected count].
    const [rows]: [PolicyRow[], number] = await db.query(
      `UPDATE archive_policies SET next_run_at = now() + make_interval(mins => every_minutes)
       WHERE id IN (SELECT id FROM archive_policies WHERE every_minutes IS NOT NULL AND next_run_at <= now()
                    ORDER BY next_run_at LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
    );
    return rows;
  },

  /**
   * The workspace's assets with masters on the online tier that a selection matches: among
   * `assetIds` (when given), with no version newer than `olderThanDays`, whose metadata field has
   * the value, and delivered at least `daysAfterDelivery` days ago (each when given); with the
   * online versions and their bytes.
   */
  async candidates(db: Db, selection: SelectionCriteria): Promise<CandidateRow[]> {
    const metadataField = selection.metadataField ?? null;
    return db.query(
      `SELECT a.asset_id::text, a.title, array_agg(v.version_id::text ORDER BY p.number) AS version_ids, sum(p.size)::text AS bytes
       FROM archive_assets a
       JOIN archive_versions v ON v.asset_id = a.asset_id AND v.storage_tier = 'HOT'
       JOIN asset_versions p ON p.version_id = v.version_id AND p.sha256 IS NOT NULL AND p.number IS NOT NULL
       WHERE a.workspace_id = $1 AND ($2::uuid[] IS NULL OR a.asset_id = ANY($2::uuid[]))
         AND ($3::int IS NULL OR NOT EXISTS (SELECT 1 FROM asset_versions n WHERE n.asset_id = a.asset_id AND n.created_at > now() - make_interval(days => $3::int)))
         AND ($4::text IS NULL OR a.metadata -> $4::text = $5::jsonb)
         AND ($6::int IS NULL OR EXISTS (SELECT 1 FROM asset_deliveries d WHERE d.asset_id = a.asset_id AND d.completed_at <= now() - make_interval(days => $6::int)))
       GROUP BY a.asset_id, a.title ORDER BY a.title, a.asset_id LIMIT 1000`,
      [
        selection.workspaceId,
        selection.assetIds,
        selection.olderThanDays,
        metadataField,
        metadataField === null ? null : JSON.stringify(selection.metadataValue ?? null),
        selection.daysAfterDelivery ?? null,
      ],
    );
  },
};
