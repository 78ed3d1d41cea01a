import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { actorOf, badInput, groupPrincipal, type Identity, isRole, isUuid, MEMBERS_PRINCIPAL, notFound, type Role, subjectPrincipal } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { collectionRepository } from '../../repositories/collection.repository';
import { ensureWorkspace } from './ensure-workspace';
import { assetsUnderCollection, refreshAssetAccess } from './refresh-asset-access';

export interface AccessTargetInput {
  workspace?: boolean | null;
  collectionId?: string | null;
  assetId?: string | null;
}

export interface GrantAccessInput {
  target: AccessTargetInput;
  /** Exactly one of subject, groupId and allMembers names who receives the role. */
  subject?: string | null;
  groupId?: string | null;
  allMembers?: boolean | null;
  role: string;
}

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

type Target = { kind: 'workspace' } | { kind: 'collection'; id: string } | { kind: 'asset'; id: string };

/** The one thing a grant applies to, checked to exist in the caller's workspace. */
async function targetOf(manager: EntityManager, workspaceId: string, input: AccessTargetInput): Promise<Target> {
  const given = [input.workspace ? 'workspace' : null, input.collectionId ? 'collectionId' : null, input.assetId ? 'assetId' : null].filter(Boolean);
  if (given.length !== 1) throw badInput('Name exactly one target: workspace, collectionId or assetId', 'target');
  if (input.workspace) return { kind: 'workspace' };
  if (input.collectionId) {
    const collection = await collectionRepository(manager).find(workspaceId, input.collectionId);
    if (!collection) throw notFound('Collection not found');
    if (collection.kind === 'SMART') throw badInput('A smart collection holds whatever its search finds, so it cannot carry grants: grant a manual collection or the assets themselves', 'target.collectionId');
    return { kind: 'collection', id: input.collectionId };
  }
  const [asset]: unknown[] = isUuid(input.assetId!) ? await manager.query('SELECT 1 FROM assets WHERE id = $1 AND workspace_id = $2', [input.assetId, workspaceId]) : [];
  if (!asset) throw notFound('Asset not found');
  return { kind: 'asset', id: input.assetId! };
}

async function principalOf(manager: EntityManager, workspaceId: string, input: GrantAccessInput): Promise<string> {
  const given = [input.subject ? 'subject' : null, input.groupId ? 'groupId' : null, input.allMembers ? 'allMembers' : null].filter(Boolean);
  if (given.length !== 1) throw badInput('Name exactly one grantee: subject, groupId or allMembers', 'subject');
  if (input.allMembers) return MEMBERS_PRINCIPAL;
  if (input.groupId) {
    const [group]: unknown[] = isUuid(input.groupId) ? await manager.query('SELECT 1 FROM access_groups WHERE id = $1 AND workspace_id = $2', [input.groupId, workspaceId]) : [];
    if (!group) throw notFound('Group not found');
    return groupPrincipal(input.groupId);
  }
  const subject = input.subject!.trim();
  if (!subject || subject.length > 300) throw badInput('subject must be 1 to 300 characters', 'subject');
  return subjectPrincipal(subject);
}

const targetKey = (target: Target) => (target.kind === 'workspace' ? 'workspace' : `${target.kind}:${target.id}`);

/** Assets whose access list a grant on `target` of `workspaceId` is part of. */
async function touchedAssets(manager: EntityManager, workspaceId: string, target: Target): Promise<string[]> {
  if (target.kind === 'asset') return [target.id];
  if (target.kind === 'collection') return assetsUnderCollection(manager, { id: target.id, workspaceId });
  return []; // workspace-wide roles travel in each caller's signed identity
}

/** Gives a member, a group or every member a role on the workspace, a collection (and all below it) or an asset; granting again changes the role. */
export async function grantAccess(dataSource: DataSource, admin: Identity, input: GrantAccessInput): Promise<AccessGrant> {
  if (!isRole(input.role)) throw badInput('role must be admin, editor, reviewer or viewer', 'role');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    const target = await targetOf(manager, admin.workspaceId, input.target);
    const principal = await principalOf(manager, admin.workspaceId, input);
    const [row]: GrantRow[] = await manager.query(
      `INSERT INTO access_grants (id, workspace_id, target, asset_id, collection_id, principal, role, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (workspace_id, target, principal) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at
       RETURNING *`,
      [uuidv7(), admin.workspaceId, targetKey(target), target.kind === 'asset' ? target.id : null, target.kind === 'collection' ? target.id : null, principal, input.role, admin.subject],
    );
    await refreshAssetAccess(manager, await touchedAssets(manager, admin.workspaceId, target), actorOf(admin));
    return toGrant(row);
  });
}

/** Withdraws a grant of the admin's workspace; false when there is no such grant there. */
export async function revokeAccess(dataSource: DataSource, admin: Identity, grantId: string): Promise<boolean> {
  if (!isUuid(grantId)) return false;
  return dataSource.transaction(async (manager) => {
    const [[row]]: [GrantRow[], number] = await manager.query('DELETE FROM access_grants WHERE id = $1 AND workspace_id = $2 RETURNING *', [grantId, admin.workspaceId]);
    if (!row) return false;
    const target: Target = row.asset_id ? { kind: 'asset', id: row.asset_id } : row.collection_id ? { kind: 'collection', id: row.collection_id } : { kind: 'workspace' };
    await refreshAssetAccess(manager, await touchedAssets(manager, admin.workspaceId, target), actorOf(admin));
    return true;
  });
}

/** Grants on one target of the admin's workspace, oldest first. */
export async function grantsOn(dataSource: DataSource, admin: Identity, input: AccessTargetInput): Promise<AccessGrant[]> {
  const target = await targetOf(dataSource.manager, admin.workspaceId, input);
  const rows: GrantRow[] = await dataSource.query('SELECT * FROM access_grants WHERE workspace_id = $1 AND target = $2 ORDER BY granted_at, id', [admin.workspaceId, targetKey(target)]);
  return rows.map(toGrant);
}

/** Makes the creator of a new asset or collection its owner (an editor grant an admin may later change), in the caller's transaction. */
export async function grantOwnership(manager: EntityManager, workspaceId: string, target: { assetId: string } | { collectionId: string }, subject: string, at: Date): Promise<void> {
  const assetId = 'assetId' in target ? target.assetId : null;
  const collectionId = 'collectionId' in target ? target.collectionId : null;
  await manager.query(
    `INSERT INTO access_grants (id, workspace_id, target, asset_id, collection_id, principal, role, granted_by, granted_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'editor', $7, $8) ON CONFLICT DO NOTHING`,
    [uuidv7(), workspaceId, assetId ? `asset:${assetId}` : `collection:${collectionId}`, assetId, collectionId, subjectPrincipal(subject), subject, at],
  );
}
