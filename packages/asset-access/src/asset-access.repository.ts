import type { AccessEntry } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { ASSET_ACCESS_CHANNEL } from './visible-updates';

type Db = Pick<EntityManager, 'query'>;

export interface AccessRow {
  id: string;
  workspace_id: string;
  entries: AccessEntry[];
}

/** This package's reads and writes of a service's `asset_access` projection (the consumer keeps it, resolvers ask it). */
export const assetAccessRepository = {
  /** Rows of the given (lower-case or not) UUIDs, in one query. */
  async findMany(db: Db, ids: string[]): Promise<AccessRow[]> {
    return db.query(
      'SELECT asset_id::text AS id, workspace_id, entries FROM asset_access WHERE asset_id = ANY($1::uuid[])',
      [ids],
    );
  },
  async lockOf(
    db: Db,
    assetId: string,
  ): Promise<{ lock_holder: string | null; lock_expires_at: Date | null } | undefined> {
    const [row]: { lock_holder: string | null; lock_expires_at: Date | null }[] = await db.query(
      'SELECT lock_holder, lock_expires_at FROM asset_access WHERE asset_id::text = $1',
      [assetId],
    );
    return row;
  },
  /** A new asset of a workspace, not yet granted to anyone. */
  async register(db: Db, assetId: string, workspaceId: string): Promise<void> {
    await db.query(
      'INSERT INTO asset_access (asset_id, workspace_id) VALUES ($1, $2) ON CONFLICT (asset_id) DO NOTHING',
      [assetId, workspaceId],
    );
  },
  /** The asset's check-out lock as of `revision`; an older revision changes nothing. */
  async setLock(
    db: Db,
    assetId: string,
    lock: { holder: string | null; expiresAt: Date | null },
    revision: bigint,
  ): Promise<void> {
    await db.query(
      `UPDATE asset_access SET lock_holder = $2, lock_expires_at = $3, asset_revision = $4 WHERE asset_id = $1 AND asset_revision < $4`,
      [assetId, lock.holder, lock.expiresAt, revision.toString()],
    );
  },
  /** The asset's access list as of `accessRevision`; an older revision changes nothing. */
  async setEntries(
    db: Db,
    assetId: string,
    workspaceId: string,
    entries: AccessEntry[],
    accessRevision: bigint,
  ): Promise<void> {
    await db.query(
      `INSERT INTO asset_access (asset_id, workspace_id, entries, access_revision) VALUES ($1, $2, $3, $4)
       ON CONFLICT (asset_id) DO UPDATE SET entries = EXCLUDED.entries, access_revision = EXCLUDED.access_revision
       WHERE asset_access.access_revision < EXCLUDED.access_revision`,
      [assetId, workspaceId, JSON.stringify(entries), accessRevision.toString()],
    );
  },
  /** Tells live subscribers of every instance (at commit) that what the projection says about an asset changed. */
  async announce(db: Db, assetId: string): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [ASSET_ACCESS_CHANNEL, JSON.stringify({ assetId })]);
  },
};
