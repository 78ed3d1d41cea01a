import { PermanentEventError, uuidv7 } from '@mam/events';
import { mediaFactsOf } from '../../search/media-facts';
import { readMediaProbe, type MediaProbedFields } from './read-media-probe';
import { readProbeDescription } from './read-probe-description';
import { recordMediaProbe, recordProxyReady } from './record-version-media';
import { assetsTestDatabase } from '../../testing/assets-database';

const database = assetsTestDatabase('versionmedia');

const technical = {
  streams: [
    { type: 'video', codecLongName: 'H.264 / AVC', frameCount: 50 },
    { type: 'audio', channels: 2, sampleRate: 48000 },
  ],
};
const fields = (overrides: Partial<MediaProbedFields & { format: string; codec: string }> = {}) => ({
  mediaKind: 'video',
  durationSeconds: 2,
  width: 320,
  height: 240,
  frameRate: '25/1',
  format: 'mov,mp4',
  codec: 'h264',
  technicalMetadataJson: JSON.stringify(technical),
  ...overrides,
});
const record = (ref: { assetId: string; versionId: string; workspaceId: string }, probe = fields()) =>
  recordMediaProbe(
    database.dataSource.manager,
    ref,
    { ...readMediaProbe(probe), ...readProbeDescription(probe) },
    new Date(),
  );

it('keeps what editing and search need of a probe in one row, which search reads for the current version', async () => {
  const ref = { assetId: uuidv7(), versionId: uuidv7(), workspaceId: 'w1' };
  await recordProxyReady(database.dataSource.manager, ref, { kind: 'proxy', storageKey: 'proxies/a.mp4' }, new Date());
  const asset = { id: ref.assetId, workspaceId: 'w1', currentVersionId: ref.versionId };
  expect(await mediaFactsOf(database.dataSource.manager, [asset])).toEqual(new Map());

  await record(ref);
  const [row] = await database.dataSource.query('SELECT * FROM version_media WHERE version_id = $1', [ref.versionId]);
  expect(row).toMatchObject({
    media_kind: 'video',
    format: 'mov,mp4',
    codec: 'h264',
    technical,
    duration_frames: 50,
    has_audio: true,
    audio_channels: 2,
    proxy_key: 'proxies/a.mp4',
  });
  expect((await mediaFactsOf(database.dataSource.manager, [asset])).get(ref.assetId)).toEqual({
    mediaKind: 'video',
    format: 'mov,mp4',
    codec: 'h264',
    durationSeconds: 2,
    width: 320,
    height: 240,
    frameRate: '25/1',
    technicalText: expect.arrayContaining(['h264', 'H.264 / AVC']),
  });
  expect(await mediaFactsOf(database.dataSource.manager, [{ ...asset, workspaceId: 'w2' }])).toEqual(new Map());
  expect(await mediaFactsOf(database.dataSource.manager, [{ ...asset, id: uuidv7() }])).toEqual(new Map());
  expect(await mediaFactsOf(database.dataSource.manager, [{ ...asset, currentVersionId: uuidv7() }])).toEqual(
    new Map(),
  );
});

it('replaces a probe on a re-probe, unless it names another asset; keeps no oversized or unparsable description', async () => {
  const ref = { assetId: uuidv7(), versionId: uuidv7(), workspaceId: 'w1' };
  await record(ref);
  await record(ref, fields({ mediaKind: '', codec: 'hevc', technicalMetadataJson: '{"streams":' }));
  const asset = { id: ref.assetId, workspaceId: 'w1', currentVersionId: ref.versionId };
  expect((await mediaFactsOf(database.dataSource.manager, [asset])).get(ref.assetId)).toMatchObject({
    mediaKind: 'other',
    codec: 'hevc',
    technicalText: ['hevc'],
  });
  await record(ref, fields({ technicalMetadataJson: JSON.stringify({ exif: 'x'.repeat(256 * 1024) }) }));
  expect(
    (await database.dataSource.query('SELECT technical FROM version_media WHERE version_id = $1', [ref.versionId]))[0]
      .technical,
  ).toBeNull();

  await record({ ...ref, assetId: uuidv7() }, fields({ codec: 'vp9' }));
  expect((await mediaFactsOf(database.dataSource.manager, [asset])).get(ref.assetId)).toMatchObject({ codec: 'h264' });
});

it('refuses for good a probe without valid ids', async () => {
  await expect(record({ assetId: 'not-a-uuid', versionId: uuidv7(), workspaceId: 'w1' })).rejects.toBeInstanceOf(
    PermanentEventError,
  );
  await expect(record({ assetId: uuidv7(), versionId: uuidv7(), workspaceId: '' })).rejects.toBeInstanceOf(
    PermanentEventError,
  );
});
