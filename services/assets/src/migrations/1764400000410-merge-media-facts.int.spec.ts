import { createDataSource } from '@mam/db';
import { CreateEventTables1764400000000, uuidv7 } from '@mam/events';
import { assetsMigrations } from '../service';
import { assetsTestDatabase } from '../testing/assets-database';
import { MergeMediaFacts1764400000410 } from './1764400000410-merge-media-facts';

const before = [CreateEventTables1764400000000, ...assetsMigrations.filter((m) => m !== MergeMediaFacts1764400000410)];

const streams = JSON.stringify({
  streams: [
    { type: 'video', attachedPicture: false },
    { type: 'audio', channels: 2 },
  ],
});
const ids = { both: uuidv7(), factsOnly: uuidv7(), proxyOnly: uuidv7(), otherAsset: uuidv7(), audio: uuidv7() };
const assetA = uuidv7();
const assetB = uuidv7();

/** The schema just before the merge, with rows of both old tables. */
async function olderSchemaWithFacts(url: string): Promise<void> {
  const old = createDataSource({ url, entities: [], migrations: before });
  await old.initialize();
  await old.runMigrations();
  await old.query(
    `INSERT INTO version_media (version_id, asset_id, workspace_id, media_kind, frame_rate, duration_seconds, duration_frames, start_timecode, width, height, has_video, has_audio, probed_at, proxy_key, proxy_kind)
     VALUES ($1, $4, 'w1', 'video', '25/1', 2, 50, '10:00:00:00', 320, 240, true, false, now(), NULL, NULL),
            ($2, $4, 'w1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false, NULL, 'proxies/p.mp4', 'proxy'),
            ($3, $4, 'w1', 'video', '25/1', 2, 50, NULL, 320, 240, true, false, now(), NULL, NULL)`,
    [ids.both, ids.proxyOnly, ids.otherAsset, assetA],
  );
  await old.query(
    `INSERT INTO asset_media_facts (version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, technical, probed_at)
     VALUES ($1, $6, 'w1', 'video', 'mov,mp4', 'h264', 2, 320, 240, '25/1', $8::jsonb, now()),
            ($2, $6, 'w1', 'video', 'mov,mp4', 'h264', 4, 1280, 720, '30/1', $8::jsonb, now()),
            ($3, $6, 'w1', 'video', 'mov,mp4', 'prores', 3, 1920, 1080, '24/1', $8::jsonb, now()),
            ($4, $7, 'w1', 'video', 'matroska', 'vp9', 9, 640, 480, '50/1', NULL, now()),
            ($5, $6, 'w1', 'audio', 'wav', 'pcm_s16le', 5, NULL, NULL, NULL, NULL, now())`,
    [ids.both, ids.factsOnly, ids.proxyOnly, ids.otherAsset, ids.audio, assetA, assetB, streams],
  );
  await old.destroy();
}

const database = assetsTestDatabase('mergemedia', { prepare: olderSchemaWithFacts });

const row = async (versionId: string) =>
  (await database.dataSource.query('SELECT * FROM version_media WHERE version_id = $1', [versionId]))[0];

it('adds format, codec and technical description to probed versions, keeping what editing needs', async () => {
  expect(await row(ids.both)).toMatchObject({
    format: 'mov,mp4',
    codec: 'h264',
    technical: JSON.parse(streams),
    frame_rate: '25/1',
    duration_frames: 50,
    start_timecode: '10:00:00:00',
    has_audio: false,
  });
});

it('takes probes version_media lacks, reading picture and sound from the streams or else the kind', async () => {
  expect(await row(ids.factsOnly)).toMatchObject({
    asset_id: assetA,
    media_kind: 'video',
    format: 'mov,mp4',
    duration_seconds: 4,
    width: 1280,
    height: 720,
    frame_rate: '30/1',
    has_video: true,
    has_audio: true,
    duration_frames: null,
  });
  expect((await row(ids.factsOnly)).probed_at).toBeInstanceOf(Date);
  expect(await row(ids.audio)).toMatchObject({
    media_kind: 'audio',
    codec: 'pcm_s16le',
    has_video: false,
    has_audio: true,
    technical: null,
  });
});

it('completes a version known only by its proxy, and ignores a probe naming another asset', async () => {
  expect(await row(ids.proxyOnly)).toMatchObject({
    media_kind: 'video',
    codec: 'prores',
    width: 1920,
    frame_rate: '24/1',
    has_video: true,
    proxy_key: 'proxies/p.mp4',
    proxy_kind: 'proxy',
  });
  expect((await row(ids.proxyOnly)).probed_at).toBeInstanceOf(Date);
  expect(await row(ids.otherAsset)).toMatchObject({
    asset_id: assetA,
    format: '',
    codec: '',
    technical: null,
    width: 320,
  });
});

it('drops asset_media_facts, and brings it back on the way down', async () => {
  expect(await database.dataSource.query(`SELECT to_regclass('asset_media_facts') AS t`)).toEqual([{ t: null }]);
  await database.dataSource.undoLastMigration();
  const restored: { version_id: string; codec: string }[] = await database.dataSource.query(
    'SELECT version_id, codec FROM asset_media_facts ORDER BY version_id',
  );
  expect(restored).toEqual(
    expect.arrayContaining([
      { version_id: ids.both, codec: 'h264' },
      { version_id: ids.proxyOnly, codec: 'prores' },
    ]),
  );
  await database.dataSource.runMigrations();
  expect(await row(ids.both)).toMatchObject({ codec: 'h264', technical: JSON.parse(streams) });
});
