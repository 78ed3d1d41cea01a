import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

export type DistributionStatus = 'AWAITING_APPROVAL' | 'SCHEDULED' | 'DELIVERING' | 'DELIVERED' | 'FAILED';

/** The only place that reads and writes `version_distributions` and `distribution_assets`. */
export const versionDistributions = {
  async register(db: Db, versionId: string, assetId: string): Promise<void> {
    await db.query(
      `INSERT INTO version_distributions (version_id, asset_id, status) VALUES ($1, $2, 'AWAITING_APPROVAL') ON CONFLICT (version_id) DO NOTHING`,
      [versionId, assetId],
    );
  },

  async registerAsset(db: Db, assetId: string): Promise<void> {
    await db.query(
      `INSERT INTO distribution_assets (asset_id, distribution_status, updated_at) VALUES ($1, 'AWAITING_APPROVAL', now()) ON CONFLICT (asset_id) DO NOTHING`,
      [assetId],
    );
  },

  /** A version's status, and its asset's (the asset shows its latest delivery's). */
  async setStatus(db: Db, versionId: string, assetId: string, status: DistributionStatus): Promise<void> {
    await db.query(`UPDATE version_distributions SET status = $2, updated_at = now() WHERE version_id = $1`, [
      versionId,
      status,
    ]);
    await db.query(`UPDATE distribution_assets SET distribution_status = $2, updated_at = now() WHERE asset_id = $1`, [
      assetId,
      status,
    ]);
  },

  async status(db: Db, versionId: string): Promise<DistributionStatus | null> {
    const [row]: { status: DistributionStatus }[] = await db.query(
      'SELECT status FROM version_distributions WHERE version_id::text = $1',
      [versionId],
    );
    return row?.status ?? null;
  },

  /** Each asset's stored status and its latest delivery's status (cancelled ones left out), in one query. */
  async assetStatuses(
    db: Db,
    assetIds: string[],
  ): Promise<Map<string, { stored: DistributionStatus; latestDelivery: string | null }>> {
    const rows: { asset_id: string; distribution_status: DistributionStatus; delivery_status: string | null }[] =
      await db.query(
        `SELECT a.asset_id::text AS asset_id, a.distribution_status, d.status AS delivery_status FROM distribution_assets a
       LEFT JOIN LATERAL (SELECT status FROM deliveries WHERE asset_id = a.asset_id AND status <> 'CANCELLED' ORDER BY created_at DESC, id DESC LIMIT 1) d ON true
       WHERE a.asset_id::text = ANY($1)`,
        [assetIds],
      );
    return new Map(
      rows.map((row) => [row.asset_id, { stored: row.distribution_status, latestDelivery: row.delivery_status }]),
    );
  },
};
