import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { actorOf, badInput, groupPrincipal, type Identity, isUuid, notFound } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { ensureWorkspace } from './ensure-workspace';
import { assetsUnderCollection, refreshAssetAccess } from './refresh-asset-access';
import { accessGrantRepository } from '../../repositories/access-grant.repository';
import { accessGroupRepository, type AccessGroup } from '../../repositories/access-group.repository';

const GROUP_MEMBERS_MAX = 500;

export async function listGroups(dataSource: DataSource, identity: Identity): Promise<AccessGroup[]> {
  return accessGroupRepository.list(dataSource, identity.workspaceId);
}

export async function groupMembers(dataSource: DataSource, groupId: string): Promise<string[]> {
  return accessGroupRepository.members(dataSource, groupId);
}

async function lockGroup(manager: EntityManager, workspaceId: string, id: string): Promise<AccessGroup> {
  const group = isUuid(id) ? await accessGroupRepository.lock(manager, workspaceId, id) : undefined;
  if (!group) throw notFound('Group not found');
  return group;
}

export async function createGroup(
  dataSource: DataSource,
  admin: Identity,
  input: { name: string },
): Promise<AccessGroup> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('Name must be 1 to 200 characters', 'name');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    const group = await accessGroupRepository.insert(manager, {
      id: uuidv7(),
      workspaceId: admin.workspaceId,
      name,
      createdBy: admin.subject,
    });
    if (!group) throw badInput(`A group named "${name}" already exists`, 'name');
    return group;
  });
}

function subjectsInput(subjects: string[]): string[] {
  const clean = [...new Set(subjects.map((s) => s.trim()))];
  if (clean.length === 0 || clean.length > GROUP_MEMBERS_MAX)
    throw badInput(`Give 1 to ${GROUP_MEMBERS_MAX} subjects`, 'subjects');
  if (clean.some((s) => !s || s.length > 300)) throw badInput('Every subject must be 1 to 300 characters', 'subjects');
  return clean;
}

/** Adds members to a group; they hold the group's grants from their next request (identities are re-read within seconds). */
export async function addGroupMembers(
  dataSource: DataSource,
  admin: Identity,
  input: { groupId: string; subjects: string[] },
): Promise<AccessGroup> {
  const subjects = subjectsInput(input.subjects);
  return dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, admin.workspaceId, input.groupId);
    await accessGroupRepository.addMembers(manager, group.id, subjects);
    return group;
  });
}

export async function removeGroupMembers(
  dataSource: DataSource,
  admin: Identity,
  input: { groupId: string; subjects: string[] },
): Promise<AccessGroup> {
  const subjects = subjectsInput(input.subjects);
  return dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, admin.workspaceId, input.groupId);
    await accessGroupRepository.removeMembers(manager, group.id, subjects);
    return group;
  });
}

/** Deletes a group and every grant it held; the assets those grants reached get their access lists recomputed. */
export async function deleteGroup(dataSource: DataSource, admin: Identity, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return dataSource.transaction(async (manager) => {
    if (!(await accessGroupRepository.lock(manager, admin.workspaceId, id))) return false;
    const grants = await accessGrantRepository.deleteOfPrincipal(manager, admin.workspaceId, groupPrincipal(id));
    await accessGroupRepository.delete(manager, id);
    const touched: string[] = [];
    for (const grant of grants) {
      if (grant.assetId) touched.push(grant.assetId);
      if (grant.collectionId)
        touched.push(
          ...(await assetsUnderCollection(manager, { id: grant.collectionId, workspaceId: admin.workspaceId })),
        );
    }
    await refreshAssetAccess(manager, touched, actorOf(admin));
    return true;
  });
}
