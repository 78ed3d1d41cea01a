import { uuidv7 } from '@mam/events';
import type { Identity } from '@mam/graphql';
import { assetRepository } from '../repositories/asset.repository';
import { loadHitAssets } from './hit-assets';
import { assetsTestDatabase } from '../testing/assets-database';

const admin: Identity = { subject: 'a', workspaceId: 'w1', roles: ['admin'], kind: 'user' };
const database = assetsTestDatabase('hitassets');

it('reads hits exactly as the repository does, in the workspace only', async () => {
  const ids = [uuidv7(), uuidv7(), uuidv7()];
  await database.dataSource.query(
    `INSERT INTO assets (id, workspace_id, title, description, type, created_by, created_at, updated_at, revision, metadata, tags, lock_holder, lock_acquired_at, lock_expires_at)
     VALUES ($1, 'w1', 'One', 'first', 'video', 'a', now(), now(), 3, '{"episode": 4, "territories": ["NL"]}', '{drone,coast}', 'b', now(), now() + interval '1 hour'),
            ($2, 'w1', 'Two', NULL, NULL, 'a', now(), now(), 1, '{}', '{}', NULL, NULL, NULL),
            ($3, 'w2', 'Other', NULL, NULL, 'a', now(), now(), 1, '{}', '{}', NULL, NULL, NULL)`,
    ids,
  );
  const loaded = await loadHitAssets(database.dataSource, admin, [...ids, 'not-a-uuid']);
  const expected = await assetRepository(database.dataSource).findMany(admin, ids);
  expect([...loaded.keys()].sort()).toEqual([ids[0], ids[1]].sort());
  expect(loaded.get(ids[0])).toEqual(expected.get(ids[0]));
  expect(loaded.get(ids[1])).toEqual(expected.get(ids[1]));
  expect(loaded.get(ids[0])).toMatchObject({
    tags: ['drone', 'coast'],
    metadata: { episode: 4, territories: ['NL'] },
    revision: 3,
    lockHolder: 'b',
  });
  expect(await loadHitAssets(database.dataSource, admin, [])).toEqual(new Map());
});
