import { decodeEnvelope } from '@mam/events';
import type { Identity } from '@mam/graphql';
import type { AssetAccessChanged, AssetCollectionsChanged } from '@mam/proto';
import { republishAccess } from '../../commands/republish-access';
import { searchDocumentsOf } from '../../search/search-document';
import { AssetEntity } from '../../entities/asset.entity';
import { addGroupMembers, createGroup } from './access-groups';
import { grantAccess } from './access-grants';
import { addAssetsToCollection } from '../collections/add-assets-to-collection';
import { createAsset } from '../assets/create-asset';
import { createCollection } from '../collections/create-collection';
import { deleteCollection } from '../collections/delete-collection';
import { fileIntoCollectionFromUpload } from '../collections/file-into-collection-from-upload';
import { resolvePrincipal } from './resolve-principal';
import { updateCollection } from '../collections/update-collection';
import { assetsTestDatabase } from '../../testing/assets-database';

const database = assetsTestDatabase('access');

const admin: Identity = { subject: 'ada', workspaceId: 'w1', roles: ['admin'], kind: 'user' };

async function eventsOf<T>(assetId: string, type: string): Promise<T[]> {
  const rows: { value: Buffer }[] = await database.dataSource.query(
    'SELECT value FROM outbox WHERE key = $1 ORDER BY seq',
    [assetId],
  );
  return rows
    .map((r) => decodeEnvelope(r.value))
    .filter((e) => e.type === type)
    .map((e) => e.payload as unknown as T);
}

async function aclOf(assetId: string): Promise<string[]> {
  const rows: { principal: string; role: string }[] = await database.dataSource.query(
    'SELECT principal, role FROM asset_acl WHERE asset_id = $1 ORDER BY principal',
    [assetId],
  );
  return rows.map((r) => `${r.principal}=${r.role}`);
}

it('follows grants on parent collections through moves and deletions, and publishes each access list', async () => {
  await resolvePrincipal(database.dataSource, admin);
  await resolvePrincipal(database.dataSource, { subject: 'ed', workspaceId: 'w1', roles: ['editor'], kind: 'user' });
  const parent = await createCollection(database.dataSource, admin, { name: 'Clients' });
  const child = await createCollection(database.dataSource, admin, { name: 'Week 1', parentId: parent.id });
  const asset = await createAsset(database.dataSource, admin, { title: 'Cut' });
  expect(await aclOf(asset.id)).toEqual(['subject:ada=editor']);
  await addAssetsToCollection(database.dataSource, admin, { collectionId: child.id, assetIds: [asset.id] });

  const group = await createGroup(database.dataSource, admin, { name: 'Cutters' });
  await addGroupMembers(database.dataSource, admin, { groupId: group.id, subjects: ['ed'] });
  await grantAccess(database.dataSource, admin, {
    target: { collectionId: parent.id },
    groupId: group.id,
    role: 'reviewer',
  });
  expect(await aclOf(asset.id)).toEqual([`group:${group.id}=reviewer`, 'subject:ada=editor']);
  const [document] = await searchDocumentsOf(database.dataSource.manager, [
    await database.dataSource.manager.findOneByOrFail(AssetEntity, { id: asset.id }),
  ]);
  expect(document).toMatchObject({ readers: [`group:${group.id}`, 'subject:ada'], collectionIds: [child.id] });

  // Out from under the granted parent: the group's entry goes; back under it: it returns.
  const moved = await updateCollection(database.dataSource, admin, {
    id: child.id,
    expectedRevision: child.revision,
    parentId: null,
  });
  expect(await aclOf(asset.id)).toEqual(['subject:ada=editor']);
  await updateCollection(database.dataSource, admin, {
    id: child.id,
    expectedRevision: moved.revision,
    parentId: parent.id,
  });
  expect(await aclOf(asset.id)).toEqual([`group:${group.id}=reviewer`, 'subject:ada=editor']);

  await deleteCollection(database.dataSource, admin, { id: child.id, expectedRevision: moved.revision + 1 });
  expect(await aclOf(asset.id)).toEqual(['subject:ada=editor']);

  const access = await eventsOf<AssetAccessChanged>(asset.id, 'asset.access-changed');
  expect(access.map((e) => [Number(e.accessRevision), e.entries.map((x) => `${x.principal}=${x.role}`)])).toEqual([
    [1, ['subject:ada=editor']],
    [2, [`group:${group.id}=reviewer`, 'subject:ada=editor']],
    [3, ['subject:ada=editor']],
    [4, [`group:${group.id}=reviewer`, 'subject:ada=editor']],
    [5, ['subject:ada=editor']],
  ]);
  const placed = await eventsOf<AssetCollectionsChanged>(asset.id, 'asset.collections-changed');
  expect(placed.map((e) => e.collectionIds)).toEqual([[child.id], []]);
});

it('files an upload into a collection only when the uploader may edit that collection', async () => {
  await resolvePrincipal(database.dataSource, admin);
  await resolvePrincipal(database.dataSource, { subject: 'vic', workspaceId: 'w1', roles: ['viewer'], kind: 'user' });
  const target = await createCollection(database.dataSource, admin, { name: 'Selects' });
  const asset = await createAsset(database.dataSource, admin, { title: 'Upload' });
  const file = (subject: string) =>
    database.dataSource.transaction((manager) =>
      fileIntoCollectionFromUpload(manager, asset, target.id, subject, new Date()),
    );
  expect(await file('vic')).toBe(false);
  expect(await file('stranger')).toBe(false);
  expect(await file('ada')).toBe(true);
  const history: { action: string }[] = await database.dataSource.query(
    'SELECT action FROM asset_history WHERE asset_id = $1 ORDER BY seq',
    [asset.id],
  );
  expect(history.map((h) => h.action)).toEqual([
    'CREATED',
    'NOT_ADDED_TO_COLLECTION',
    'NOT_ADDED_TO_COLLECTION',
    'ADDED_TO_COLLECTION',
  ]);
});

it('publishes every asset’s access list again on request, newer than the last', async () => {
  const asset = await createAsset(database.dataSource, admin, { title: 'Archive reel' });
  const before = await eventsOf<AssetAccessChanged>(asset.id, 'asset.access-changed');
  expect(await republishAccess(database.dataSource)).toBeGreaterThanOrEqual(1);
  const after = await eventsOf<AssetAccessChanged>(asset.id, 'asset.access-changed');
  expect(after).toHaveLength(before.length + 1);
  expect(after.at(-1)!.accessRevision).toBeGreaterThan(before.at(-1)!.accessRevision);
  expect(after.at(-1)!.entries.map((e) => `${e.principal}=${e.role}`)).toEqual(['subject:ada=editor']);
});
