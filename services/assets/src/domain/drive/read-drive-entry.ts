import type { DataSource } from '@mam/db';
import type { Identity, Role } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { Asset } from '../../entities/asset.entity';
import type { AssetVersion } from '../../entities/asset-version.entity';
import type { Collection } from '../../entities/collection.entity';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { collectionRepository } from '../../repositories/collection.repository';
import { versionMediaRepository } from '../../repositories/version-media.repository';
import type { AssetSearchIndex } from '../../search/search-index';
import { rolesOnAssets } from '../access/asset-access';
import { collectionAccess, type CollectionAccess } from '../access/collection-access';
import { smartCollectionAssetIds } from '../collections/search-smart-collection';
import { driveSafeName, masterName, proxyName, uniqueNames } from './drive-names';

/** Files listed per folder at most (a smart collection's first results). */
export const DRIVE_FILES_MAX = 1000;
const FOLDERS_MAX = 1000;
const PATH_MAX = 64;

export type DriveFileKind = 'MASTER' | 'PROXY';

export interface DriveFile {
  name: string;
  kind: DriveFileKind;
  asset: Asset;
  version: AssetVersion;
  renditionKey: string | null;
}

export interface DriveFolder {
  name: string;
  collection: Collection | null;
  folders: { name: string; collection: Collection }[];
  files: DriveFile[];
  writable: boolean;
}

export interface DriveEntry {
  folder: DriveFolder | null;
  file: DriveFile | null;
  parent: DriveFolder | null;
}

/** Roles that may read a master through the drive: those who may change the asset. */
const MASTER_READERS: Role[] = ['editor', 'admin'];

async function subfolders(
  manager: EntityManager,
  identity: Identity,
  access: CollectionAccess,
  parent: Collection | null,
): Promise<{ name: string; collection: Collection }[]> {
  const repository = collectionRepository(manager);
  const children = parent
    ? (await repository.children(identity.workspaceId, parent.id)).filter((c) => access.roleOf(c))
    : await repository.page(
        identity.workspaceId,
        null,
        FOLDERS_MAX,
        undefined,
        access.wholeWorkspace ? undefined : access.grantedIds,
      );
  const unique = uniqueNames();
  return children.map((collection) => ({ name: unique(driveSafeName(collection.name)), collection }));
}

async function filesOf(
  manager: EntityManager,
  search: AssetSearchIndex,
  identity: Identity,
  collection: Collection,
  taken: (name: string) => string,
): Promise<DriveFile[]> {
  const ids =
    collection.kind === 'SMART'
      ? await smartCollectionAssetIds(search, collection, identity, DRIVE_FILES_MAX)
      : await collectionRepository(manager).memberIds(collection.id, DRIVE_FILES_MAX);
  if (ids.length === 0) return [];
  const inWorkspace = await assetWriteRepository.findMany(manager, identity.workspaceId, ids);
  const roles = await rolesOnAssets(manager, identity, inWorkspace);
  const assets = new Map(inWorkspace.filter((a) => roles.has(a.id)).map((a) => [a.id, a]));
  const versionIds = [...assets.values()].flatMap((a) => (a.currentVersionId ? [a.currentVersionId] : []));
  const versions = new Map((await assetWriteRepository.findVersions(manager, versionIds)).map((v) => [v.id, v]));
  const media = new Map(
    (await versionMediaRepository.findMany(manager, identity.workspaceId, versionIds)).map((m) => [m.versionId, m]),
  );
  const files: DriveFile[] = [];
  for (const id of ids) {
    const asset = assets.get(id);
    const version = asset?.currentVersionId ? versions.get(asset.currentVersionId) : undefined;
    if (!asset || !version) continue;
    if (MASTER_READERS.includes(roles.get(id)!))
      files.push({
        name: taken(masterName(asset.title, version.filename || asset.title)),
        kind: 'MASTER',
        asset,
        version,
        renditionKey: null,
      });
    const proxyKey = media.get(version.id)?.proxyKey;
    if (proxyKey)
      files.push({
        name: taken(proxyName(asset.title, version.number, proxyKey)),
        kind: 'PROXY',
        asset,
        version,
        renditionKey: proxyKey,
      });
  }
  return files;
}

async function folderOf(
  manager: EntityManager,
  search: AssetSearchIndex,
  identity: Identity,
  access: CollectionAccess,
  collection: Collection | null,
  name: string,
): Promise<DriveFolder> {
  const folders = await subfolders(manager, identity, access, collection);
  const taken = uniqueNames();
  folders.forEach((f) => taken(f.name));
  const files = collection ? await filesOf(manager, search, identity, collection, taken) : [];
  const role = collection ? access.roleOf(collection) : null;
  const writable = collection?.kind === 'MANUAL' && MASTER_READERS.includes(role!);
  return { name, collection, folders, files, writable };
}

/**
 * What a drive path names, as the caller may see it: folders are the collections they may see
 * (named as on a desktop), files the current versions of the assets in them they may see, a
 * master only where they may change the asset, a proxy wherever it is ready. Null when nothing.
 */
export async function readDriveEntry(
  dataSource: DataSource,
  search: AssetSearchIndex,
  identity: Identity,
  path: string[],
): Promise<DriveEntry | null> {
  if (path.length > PATH_MAX) return null;
  const manager = dataSource.manager;
  const access = await collectionAccess(manager, identity);
  let parent: DriveFolder | null = null;
  let folder = await folderOf(manager, search, identity, access, null, '');
  for (const [index, segment] of path.entries()) {
    const key = segment.normalize('NFC').toLowerCase();
    const sub = folder.folders.find((f) => f.name.toLowerCase() === key);
    if (sub) {
      parent = folder;
      folder = await folderOf(manager, search, identity, access, sub.collection, sub.name);
      continue;
    }
    const file = index === path.length - 1 ? folder.files.find((f) => f.name.toLowerCase() === key) : undefined;
    return file ? { folder: null, file, parent: folder } : null;
  }
  return { folder, file: null, parent };
}

/** The drive's folder of a collection the caller may see: its path of folder names from the root, and its listing. */
export async function driveFolderOf(
  dataSource: DataSource,
  search: AssetSearchIndex,
  identity: Identity,
  collection: Collection,
): Promise<{ path: string[]; folder: DriveFolder }> {
  const manager = dataSource.manager;
  const access = await collectionAccess(manager, identity);
  const chain = [...(await collectionRepository(manager).ancestors(collection)), collection].filter((c) =>
    access.roleOf(c),
  );
  const path: string[] = [];
  let parent: Collection | null = null;
  for (const step of chain) {
    const named = (await subfolders(manager, identity, access, parent)).find((f) => f.collection.id === step.id);
    if (named) path.push(named.name);
    parent = step;
  }
  return { path, folder: await folderOf(manager, search, identity, access, collection, path[path.length - 1] ?? '') };
}
