import { MEMBERS_PRINCIPAL, subjectPrincipal, type Role } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

export interface AccessGrant {
  id: string;
  workspaceId: string;
  target: string;
  assetId: string | null;
  collectionId: string | null;
  principal: string;
  role: Role;
  grantedBy: string;
  grantedAt: Date;
}

interface GrantRow {
  id: string;
  workspace_id: string;
  target: string;
  asset_id: string | null;
  collection_id: string | null;
  principal: string;
  role: Role;
  granted_by: string;
  granted_at: Date;
}

const toGrant = (row: GrantRow): AccessGrant => ({
  id: row.id,
  workspaceId: row.workspace_id,
  target: row.target,
  assetId: row.asset_id,
  collectionId: row.collection_id,
  principal: row.principal,
  role: row.role,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
});

/** Roles from least to most: grants on an asset and on every collection above it combine to the highest per principal. */
const ROLE_ORDER = `ARRAY['viewer', 'reviewer', 'editor', 'admin']`;

const EFFECTIVE_ACCESS = `
  WITH RECURSIVE holders AS (
    SELECT ca.asset_id, c.id AS collection_id, c.parent_id FROM collection_assets ca JOIN collections c ON c.id = ca.collection_id
    WHERE ca.asset_id = ANY($1::uuid[])
    UNION
    SELECT h.asset_id, p.id, p.parent_id FROM holders h JOIN collections p ON p.id = h.parent_id
  ), applicable AS (
    SELECT h.asset_id, g.principal, g.role FROM holders h JOIN access_grants g ON g.collection_id = h.collection_id
    UNION ALL
    SELECT g.asset_id, g.principal, g.role FROM access_grants g WHERE g.asset_id = ANY($1::uuid[])
  )
  SELECT asset_id, principal, (${ROLE_ORDER})[max(array_position(${ROLE_ORDER}, role))] AS role
  FROM applicable GROUP BY asset_id, principal`;

/** `workspaces` and `access_grants`: who holds which role on the workspace, a collection or an asset. */
export const accessGrantRepository = {
  /** Records a workspace; true the first time (it then gets its starting grants). */
  async insertWorkspace(db: Db, workspaceId: string): Promise<boolean> {
    return (
      (await db.query('INSERT INTO workspaces (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id', [workspaceId]))
        .length > 0
    );
  },
  /** Every member may edit every asset of the workspace (capped by each member's own role). */
  async grantMembersEditing(db: Db, workspaceId: string): Promise<void> {
    await db.query(
      `INSERT INTO access_grants (id, workspace_id, target, principal, role, granted_by, granted_at) VALUES ($1, $2, 'workspace', $3, 'editor', 'system', now())
       ON CONFLICT DO NOTHING`,
      [uuidv7(), workspaceId, MEMBERS_PRINCIPAL],
    );
  },
  /** Grants a role; granting the same principal on the same target again changes the role. */
  async upsert(
    db: Db,
    grant: {
      workspaceId: string;
      target: string;
      assetId: string | null;
      collectionId: string | null;
      principal: string;
      role: Role;
      grantedBy: string;
    },
  ): Promise<AccessGrant> {
    const [row]: GrantRow[] = await db.query(
      `INSERT INTO access_grants (id, workspace_id, target, asset_id, collection_id, principal, role, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (workspace_id, target, principal) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at
       RETURNING *`,
      [
        uuidv7(),
        grant.workspaceId,
        grant.target,
        grant.assetId,
        grant.collectionId,
        grant.principal,
        grant.role,
        grant.grantedBy,
      ],
    );
    return toGrant(row);
  },
  /** An editor grant to the creator of a new asset or collection, unless it has one. */
  async grantOwner(
    db: Db,
    workspaceId: string,
    target: { assetId: string } | { collectionId: string },
    subject: string,
    at: Date,
  ): Promise<void> {
    const assetId = 'assetId' in target ? target.assetId : null;
    const collectionId = 'collectionId' in target ? target.collectionId : null;
    await db.query(
      `INSERT INTO access_grants (id, workspace_id, target, asset_id, collection_id, principal, role, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'editor', $7, $8) ON CONFLICT DO NOTHING`,
      [
        uuidv7(),
        workspaceId,
        assetId ? `asset:${assetId}` : `collection:${collectionId}`,
        assetId,
        collectionId,
        subjectPrincipal(subject),
        subject,
        at,
      ],
    );
  },
  /** Removes a grant of the workspace; the removed grant, or undefined when there was none. */
  async delete(db: Db, workspaceId: string, id: string): Promise<AccessGrant | undefined> {
    // DELETE ... RETURNING answers [rows, count] through TypeORM.
    const [[row]]: [GrantRow[], number] = await db.query(
      'DELETE FROM access_grants WHERE id = $1 AND workspace_id = $2 RETURNING *',
      [id, workspaceId],
    );
    return row && toGrant(row);
  },
  /** Removes every grant naming `principal`; what they were on. */
  async deleteOfPrincipal(
    db: Db,
    workspaceId: string,
    principal: string,
  ): Promise<{ assetId: string | null; collectionId: string | null }[]> {
    const [rows]: [{ asset_id: string | null; collection_id: string | null }[], number] = await db.query(
      'DELETE FROM access_grants WHERE workspace_id = $1 AND principal = $2 RETURNING asset_id, collection_id',
      [workspaceId, principal],
    );
    return rows.map((r) => ({ assetId: r.asset_id, collectionId: r.collection_id }));
  },
  /** Grants on one target, oldest first. */
  async on(db: Db, workspaceId: string, target: string): Promise<AccessGrant[]> {
    return (
      await db.query<GrantRow[]>(
        'SELECT * FROM access_grants WHERE workspace_id = $1 AND target = $2 ORDER BY granted_at, id',
        [workspaceId, target],
      )
    ).map(toGrant);
  },
  /** Per asset, each principal's highest role from the grants on it and on every collection holding it (and their parents). */
  async effectiveAccess(db: Db, assetIds: string[]): Promise<{ asset_id: string; principal: string; role: Role }[]> {
    return db.query(EFFECTIVE_ACCESS, [assetIds]);
  },
};
