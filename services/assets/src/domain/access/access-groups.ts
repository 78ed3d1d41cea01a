import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { actorOf, badInput, groupPrincipal, type Identity, isUuid, notFound } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { ensureWorkspace } from './ensure-workspace';
import { assetsUnderCollection, refreshAssetAccess } from './refresh-asset-access';

export interface AccessGroup {
  id: string;
  workspaceId: string;
  name: string;
  createdBy: string;
  createdAt: Date;
}

const GROUP_MEMBERS_MAX = 500;

const toGroup = (row: { id: string; workspace_id: string; name: string; created_by: string; created_at: Date }): AccessGroup => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export async function listGroups(dataSource: DataSource, identity: Identity): Promise<AccessGroup[]> {
  return (await dataSource.query('SELECT * FROM access_groups WHERE workspace_id = $1 ORDER BY lower(name)', [identity.workspaceId])).map(toGroup);
}

export async function groupMembers(dataSource: DataSource, groupId: string): Promise<string[]> {
  return (await dataSource.query('SELECT subject FROM access_group_members WHERE group_id = $1 ORDER BY subject', [groupId])).map((r: { subject: string }) => r.subject);
}

async function lockGroup(manager: EntityManager, workspaceId: string, id: string): Promise<AccessGroup> {
  const [row] = isUuid(id) ? await manager.query('SELECT * FROM access_groups WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [id, workspaceId]) : [];
  if (!row) throw notFound('Group not found');
  return toGroup(row);
}

export async function createGroup(dataSource: DataSource, admin: Identity, input: { name: string }): Promise<AccessGroup> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('Name must be 1 to 200 characters', 'name');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    const rows = await manager.query(
      `INSERT INTO access_groups (id, workspace_id, name, created_by, created_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (workspace_id, lower(name)) DO NOTHING RETURNING *`,
      [uuidv7(), admin.workspaceId, name, admin.subject],
    );
    if (rows.length === 0) throw badInput(`A group named "${name}" already exists`, 'name');
    return toGroup(rows[0]);
  });
}

function subjectsInput(subjects: string[]): string[] {
  const clean = [...new Set(subjects.map((s) => s.trim()))];
  if (clean.length === 0 || clean.length > GROUP_MEMBERS_MAX) throw badInput(`Give 1 to ${GROUP_MEMBERS_MAX} subjects`, 'subjects');
  if (clean.some((s) => !s || s.length > 300)) throw badInput('Every subject must be 1 to 300 characters', 'subjects');
  return clean;
}

/** Adds members to a group; they hold the group's grants from their next request (identities are re-read within seconds). */
export async function addGroupMembers(dataSource: DataSource, admin: Identity, input: { groupId: string; subjects: string[] }): Promise<AccessGroup> {
  const subjects = subjectsInput(input.subjects);
  return dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, admin.workspaceId, input.groupId);
    await manager.query('INSERT INTO access_group_members (group_id, subject) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [group.id, subjects]);
    return group;
  });
}

export async function removeGroupMembers(dataSource: DataSource, admin: Identity, input: { groupId: string; subjects: string[] }): Promise<AccessGroup> {
  const subjects = subjectsInput(input.subjects);
  return dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, admin.workspaceId, input.groupId);
    await manager.query('DELETE FROM access_group_members WHERE group_id = $1 AND subject = ANY($2::text[])', [group.id, subjects]);
    return group;
  });
}

/** Deletes a group and every grant it held; the assets those grants reached get their access lists recomputed. */
export async function deleteGroup(dataSource: DataSource, admin: Identity, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return dataSource.transaction(async (manager) => {
    const [row] = await manager.query('SELECT id FROM access_groups WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [id, admin.workspaceId]);
    if (!row) return false;
    const [grants]: [{ asset_id: string | null; collection_id: string | null }[], number] = await manager.query(
      'DELETE FROM access_grants WHERE workspace_id = $1 AND principal = $2 RETURNING asset_id, collection_id',
      [admin.workspaceId, groupPrincipal(id)],
    );
    await manager.query('DELETE FROM access_groups WHERE id = $1', [id]);
    const touched: string[] = [];
    for (const grant of grants) {
      if (grant.asset_id) touched.push(grant.asset_id);
      if (grant.collection_id) touched.push(...(await assetsUnderCollection(manager, { id: grant.collection_id, workspaceId: admin.workspaceId })));
    }
    await refreshAssetAccess(manager, touched, actorOf(admin));
    return true;
  });
}
