import type { DataSource } from '@mam/db';
import {
  actorOf,
  badInput,
  groupPrincipal,
  type Identity,
  isRole,
  isUuid,
  MEMBERS_PRINCIPAL,
  notFound,
  type Role,
  subjectPrincipal,
} from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { accessGrantRepository, type AccessGrant } from '../../repositories/access-grant.repository';
import { accessGroupRepository } from '../../repositories/access-group.repository';
import { assetAclRepository } from '../../repositories/asset-acl.repository';
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

type Target = { kind: 'workspace' } | { kind: 'collection'; id: string } | { kind: 'asset'; id: string };

/** The one thing a grant applies to, checked to exist in the caller's workspace. */
async function targetOf(manager: EntityManager, workspaceId: string, input: AccessTargetInput): Promise<Target> {
  const given = [
    input.workspace ? 'workspace' : null,
    input.collectionId ? 'collectionId' : null,
    input.assetId ? 'assetId' : null,
  ].filter(Boolean);
  if (given.length !== 1) throw badInput('Name exactly one target: workspace, collectionId or assetId', 'target');
  if (input.workspace) return { kind: 'workspace' };
  if (input.collectionId) {
    const collection = await collectionRepository(manager).find(workspaceId, input.collectionId);
    if (!collection) throw notFound('Collection not found');
    if (collection.kind === 'SMART')
      throw badInput(
        'A smart collection holds whatever its search finds, so it cannot carry grants: grant a manual collection or the assets themselves',
        'target.collectionId',
      );
    return { kind: 'collection', id: input.collectionId };
  }
  if (!isUuid(input.assetId!) || !(await assetAclRepository.assetExists(manager, workspaceId, input.assetId!)))
    throw notFound('Asset not found');
  return { kind: 'asset', id: input.assetId! };
}

async function principalOf(manager: EntityManager, workspaceId: string, input: GrantAccessInput): Promise<string> {
  const given = [
    input.subject ? 'subject' : null,
    input.groupId ? 'groupId' : null,
    input.allMembers ? 'allMembers' : null,
  ].filter(Boolean);
  if (given.length !== 1) throw badInput('Name exactly one grantee: subject, groupId or allMembers', 'subject');
  if (input.allMembers) return MEMBERS_PRINCIPAL;
  if (input.groupId) {
    if (!isUuid(input.groupId) || !(await accessGroupRepository.exists(manager, workspaceId, input.groupId)))
      throw notFound('Group not found');
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
export async function grantAccess(
  dataSource: DataSource,
  admin: Identity,
  input: GrantAccessInput,
): Promise<AccessGrant> {
  if (!isRole(input.role)) throw badInput('role must be admin, editor, reviewer or viewer', 'role');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    const target = await targetOf(manager, admin.workspaceId, input.target);
    const principal = await principalOf(manager, admin.workspaceId, input);
    const grant = await accessGrantRepository.upsert(manager, {
      workspaceId: admin.workspaceId,
      target: targetKey(target),
      assetId: target.kind === 'asset' ? target.id : null,
      collectionId: target.kind === 'collection' ? target.id : null,
      principal,
      role: input.role as Role,
      grantedBy: admin.subject,
    });
    await refreshAssetAccess(manager, await touchedAssets(manager, admin.workspaceId, target), actorOf(admin));
    return grant;
  });
}

/** Withdraws a grant of the admin's workspace; false when there is no such grant there. */
export async function revokeAccess(dataSource: DataSource, admin: Identity, grantId: string): Promise<boolean> {
  if (!isUuid(grantId)) return false;
  return dataSource.transaction(async (manager) => {
    const row = await accessGrantRepository.delete(manager, admin.workspaceId, grantId);
    if (!row) return false;
    const target: Target = row.assetId
      ? { kind: 'asset', id: row.assetId }
      : row.collectionId
        ? { kind: 'collection', id: row.collectionId }
        : { kind: 'workspace' };
    await refreshAssetAccess(manager, await touchedAssets(manager, admin.workspaceId, target), actorOf(admin));
    return true;
  });
}

/** Grants on one target of the admin's workspace, oldest first. */
export async function grantsOn(
  dataSource: DataSource,
  admin: Identity,
  input: AccessTargetInput,
): Promise<AccessGrant[]> {
  const target = await targetOf(dataSource.manager, admin.workspaceId, input);
  return accessGrantRepository.on(dataSource, admin.workspaceId, targetKey(target));
}

/** Makes the creator of a new asset or collection its owner (an editor grant an admin may later change), in the caller's transaction. */
export async function grantOwnership(
  manager: EntityManager,
  workspaceId: string,
  target: { assetId: string } | { collectionId: string },
  subject: string,
  at: Date,
): Promise<void> {
  await accessGrantRepository.grantOwner(manager, workspaceId, target, subject, at);
}
