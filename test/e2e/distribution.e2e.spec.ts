import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { appendToOutbox } from '@mam/events';
import { TOPICS, VersionApprovedSchema } from '@mam/proto';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { ffprobe, graphqlRequest, makeClip, waitFor } from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let admin = '';
let editor = '';
let outsider = '';

const WORKSPACE = 'studio-a';
const PROXY_PROFILE = {
  container: 'mp4',
  faststart: true,
  timecode: 'source',
  video: { codec: 'h264', profile: 'main', width: 640, height: 360, frameRate: 'source', scan: 'progressive', pixelFormat: 'yuv420p', quality: 28 },
  audio: { codec: 'aac', channels: 2, tracks: 1, sampleRate: 48000, bitRateKbps: 96, loudness: { integrated: -16, truePeak: -1.5, range: 20 } },
};

const DELIVERY_FIELDS = `id status reason ruleId requestedBy masterLoudness { integrated range truePeak }
  outputs { profileId profileName status progress reason files loudnessMode loudness { integrated truePeak }
    verification { passed differences } transfers { destinationId status location attempts reason } }`;

async function gql(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function gqlError(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
  expect(response.errors).toBeDefined();
  return response.errors![0] as { message: string; extensions: Record<string, unknown> };
}

async function upload(filename: string, clip: Buffer) {
  const data = await gql(editor, 'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }', { i: { filename, contentBase64: clip.toString('base64') } });
  const uploaded = data.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () => {
      const { asset } = await gql(editor, `query($id: ID!) { asset(id: $id) { versions { id distributionStatus } } }`, { id: uploaded.assetId });
      return asset?.versions?.[0]?.distributionStatus === 'AWAITING_APPROVAL';
    },
    { timeoutMs: 60_000, what: 'the version known to distribution' },
  );
  return uploaded;
}

/** Review's approval, published through review's outbox exactly as review emits it. */
async function approve(assetId: string, versionId: string) {
  await system.services.review.dataSource.transaction((manager) =>
    appendToOutbox(manager, TOPICS.reviewVersion, {
      type: 'version.approved',
      aggregateId: assetId,
      actor: { subject: 'reviewer-1', workspaceId: WORKSPACE, kind: 'user' },
      schema: VersionApprovedSchema,
      payload: { assetId, versionId, workspaceId: WORKSPACE, reviewId: 'review-1', decidedBy: 'reviewer-1', note: 'ship it', decidedAt: timestampFromDate(new Date()) },
    }),
  );
}

function deliveriesOf(assetId: string) {
  return gql(editor, `query($id: ID!) { asset(id: $id) { distributionStatus deliveries(first: 2) { ${DELIVERY_FIELDS} } } }`, { id: assetId });
}

function ended(assetId: string, count = 1) {
  return waitFor(
    async () => {
      const { asset } = await deliveriesOf(assetId);
      const deliveries = asset.deliveries as { status: string }[];
      return deliveries.length >= count && deliveries.slice(0, count).every((d) => !['QUEUED', 'RUNNING'].includes(d.status)) ? asset : undefined;
    },
    { timeoutMs: 180_000, intervalMs: 1000, what: 'the delivery to end' },
  );
}

beforeAll(async () => {
  test = await startTestSystem('distribution', { distribution: { TRANSFER_BACKOFF_MS: '50', TRANSFER_ATTEMPTS: '2' } });
  system = test.system;
  admin = await test.token('admin-1', WORKSPACE, ['admin']);
  editor = await test.token('editor-1', WORKSPACE, ['editor']);
  outsider = await test.token('stranger', 'studio-b', ['admin']);
}, 120_000);

afterAll(async () => {
  await test?.stop();
});

describe('delivery profiles', () => {
  it('lists the built-in presets and saves a workspace profile that can be made', async () => {
    const { deliveryProfiles } = await gql(editor, '{ deliveryProfiles { id name builtIn container } }');
    expect(deliveryProfiles.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['web-h264-1080p', 'prores-422-hq', 'xdcam-hd422', 'hls-ladder', 'poster-thumbnails']));
    const { createDeliveryProfile } = await gql(editor, 'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id name builtIn container } }', { i: { name: 'Proxy 360p', spec: PROXY_PROFILE } });
    expect(createDeliveryProfile).toMatchObject({ name: 'Proxy 360p', builtIn: false, container: 'mp4' });
  });

  it('refuses impossible settings with the field and the reason, and saves nothing', async () => {
    const odd = await gqlError(editor, 'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }', { i: { name: 'Odd', spec: { ...PROXY_PROFILE, video: { ...PROXY_PROFILE.video, width: 641 } } } });
    expect(odd.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spec.video.width' });
    expect(odd.message).toContain('width 641 is odd: yuv420p');
    const mp3 = await gqlError(editor, 'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }', {
      i: { name: 'Surround MP3', spec: { container: 'mp3', audio: { codec: 'mp3', channels: 8, tracks: 1, sampleRate: 48000, bitRateKbps: 192 } } },
    });
    expect(mp3.message).toContain('MP3 carries at most 2 channels, not 8');
    const { deliveryProfiles } = await gql(editor, '{ deliveryProfiles { name } }');
    expect(deliveryProfiles.map((p: { name: string }) => p.name)).not.toEqual(expect.arrayContaining(['Odd', 'Surround MP3']));
  });
});

describe('an approved version is delivered by the workspace rule', () => {
  let folderId = '';
  let proxyId = '';
  let assetId = '';
  let versionId = '';

  beforeAll(async () => {
    const { createDestination } = await gql(admin, 'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id kind settings hasCredentials } }', { i: { name: 'Playout folder', kind: 'FOLDER', settings: { path: 'playout' } } });
    folderId = createDestination.id;
    proxyId = (await gql(editor, '{ deliveryProfiles { id name } }')).deliveryProfiles.find((p: { name: string }) => p.name === 'Proxy 360p').id;
    await gql(admin, 'mutation($i: CreateDeliveryRuleInput!) { createDeliveryRule(input: $i) { id } }', {
      i: { name: 'On approval', trigger: 'VERSION_APPROVED', profileIds: ['web-h264-1080p', 'wav-48k-24bit', proxyId], destinationIds: [folderId] },
    });
    const clip = readFileSync(makeClip(join(test.workDir, 'promo.mp4'), { seconds: 1, width: 640, height: 360, rate: '25', audio: true, timecode: '10:00:00:00' }));
    ({ assetId, versionId } = await upload('promo.mp4', clip));
  }, 120_000);

  it('makes, verifies and delivers three profiles with no other action, each read back and probed', async () => {
    await approve(assetId, versionId);
    const asset = await ended(assetId);
    const [delivery] = asset.deliveries;
    expect({ status: delivery.status, reason: delivery.reason }).toEqual({ status: 'DELIVERED', reason: null });
    expect(delivery.ruleId).not.toBeNull();
    expect(asset.distributionStatus).toBe('DELIVERED');
    expect(delivery.outputs.map((o: { profileId: string; status: string }) => [o.profileId, o.status])).toEqual([
      ['web-h264-1080p', 'DELIVERED'],
      ['wav-48k-24bit', 'DELIVERED'],
      [proxyId, 'DELIVERED'],
    ]);
    for (const output of delivery.outputs) {
      expect(output.verification).toEqual({ passed: true, differences: [] });
      expect(output.progress).toBe(1);
      expect(output.loudnessMode).toBe('linear');
    }
    const folder = delivery.outputs[0].transfers[0].location as string;
    expect(folder.startsWith(join(test.workDir, 'data', 'deliveries', 'playout'))).toBe(true);
    const web = ffprobe(join(folder, readdirSync(folder)[0]));
    expect(web.streams.map((s) => [s.codec_type, s.codec_name])).toEqual(expect.arrayContaining([['video', 'h264'], ['audio', 'aac']]));
    expect(web.streams[0]).toMatchObject({ width: 1920, height: 1080, r_frame_rate: '25/1' });
    const wavFolder = delivery.outputs[1].transfers[0].location as string;
    const wav = ffprobe(join(wavFolder, readdirSync(wavFolder)[0]));
    expect(wav.streams[0]).toMatchObject({ codec_name: 'pcm_s24le', sample_rate: '48000', channels: 2 });
    const versions = await gql(editor, `query($id: ID!) { asset(id: $id) { versions { distributionStatus } } }`, { id: assetId });
    expect(versions.asset.versions[0].distributionStatus).toBe('DELIVERED');
  }, 240_000);

  it('refuses the same delivery started twice while it runs, and delivers again by hand once it ended', async () => {
    const input = { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [folderId] };
    const { deliverVersion } = await gql(editor, `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id status } }`, { i: input });
    expect(deliverVersion.status).toBe('QUEUED');
    const twice = await gqlError(editor, `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }`, { i: input });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', current: { deliveryId: deliverVersion.id } });
    await ended(assetId, 1);
    const { redeliver } = await gql(editor, `mutation($id: ID!) { redeliver(deliveryId: $id) { id status } }`, { id: deliverVersion.id });
    expect(redeliver.id).not.toBe(deliverVersion.id);
    const cancelled = await gql(editor, `mutation($id: ID!) { cancelDelivery(deliveryId: $id) { id status reason } }`, { id: redeliver.id }).catch(() => null);
    if (cancelled) expect(cancelled.cancelDelivery).toMatchObject({ status: 'CANCELLED', reason: 'cancelled by editor-1' });
  }, 240_000);

  it('shows nothing of it to another workspace', async () => {
    const { asset } = await gql(outsider, `query($id: ID!) { asset(id: $id) { id } }`, { id: assetId }).catch(() => ({ asset: null }));
    expect(asset).toBeNull();
    const { deliveries, destinations } = await gql(outsider, '{ deliveries { id } destinations { id } }');
    expect({ deliveries, destinations }).toEqual({ deliveries: [], destinations: [] });
  });
});
