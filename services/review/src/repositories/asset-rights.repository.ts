import type { AssetRights } from '@mam/rights';
import type { Queryable } from './queryable';

/** The only place that reads and writes review's projection of assets' rights. */
export const assetRightsRepository = {
  /** Keeps the rights of a revision newer than the one kept; an event that comes late or twice changes nothing. */
  async record(
    db: Queryable,
    asset: { assetId: string; workspaceId: string; revision: bigint; rights: AssetRights },
  ): Promise<void> {
    await db.query(
      `INSERT INTO asset_rights (asset_id, workspace_id, revision, rights) VALUES ($1, $2, $3, $4)
       ON CONFLICT (asset_id) DO UPDATE SET rights = EXCLUDED.rights, revision = EXCLUDED.revision, updated_at = now()
         WHERE asset_rights.revision < EXCLUDED.revision`,
      [asset.assetId, asset.workspaceId, asset.revision.toString(), JSON.stringify(asset.rights)],
    );
  },

  /** The asset's rights as assets last announced them; none known restricts nothing. */
  async of(db: Queryable, assetId: string): Promise<AssetRights> {
    const [row]: { rights: AssetRights }[] = await db.query('SELECT rights FROM asset_rights WHERE asset_id = $1', [
      assetId,
    ]);
    return row?.rights ?? {};
  },
};
