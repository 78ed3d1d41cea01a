import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Client as SshClient, type SFTPWrapper } from 'ssh2';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { decodeEnvelope } from '@mam/events';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import {
  ffprobe,
  freePort,
  graphqlRequest,
  makeClip,
  startPrivateSshd,
  testInfrastructure,
  uniqueName,
  waitFor,
  type PrivateSshd,
} from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let admin = '';
let editor = '';
let outsider = '';
let sshd: PrivateSshd;
const s3 = testInfrastructure().s3;
const bucket = uniqueName('deliveries').replace(/_/g, '-');
const s3Client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3 });

/** Downloads a file from the test's SFTP server with its own SSH client. */
async function sftpGet(remote: string, local: string): Promise<void> {
  const client = new SshClient();
  await new Promise<void>((resolve, reject) =>
    client
      .once('ready', () => resolve())
      .once('error', reject)
      .connect({ host: sshd.host, port: sshd.port, username: sshd.username, privateKey: sshd.privateKey }),
  );
  try {
    const sftp = await new Promise<SFTPWrapper>((resolve, reject) =>
      client.sftp((error, session) => (error ? reject(error) : resolve(session))),
    );
    await new Promise<void>((resolve, reject) =>
      sftp.fastGet(remote, local, (error) => (error ? reject(error) : resolve())),
    );
  } finally {
    client.end();
  }
}

async function s3Get(key: string, local: string): Promise<void> {
  const object = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  await pipeline(object.Body as Readable, createWriteStream(local));
}

const WORKSPACE = 'studio-a';
const PROXY_PROFILE = {
  container: 'mp4',
  faststart: true,
  timecode: 'source',
  video: {
    codec: 'h264',
    profile: 'main',
    width: 640,
    height: 360,
    frameRate: 'source',
    scan: 'progressive',
    pixelFormat: 'yuv420p',
    quality: 28,
  },
  audio: {
    codec: 'aac',
    channels: 2,
    tracks: 1,
    sampleRate: 48000,
    bitRateKbps: 96,
    loudness: { integrated: -16, truePeak: -1.5, range: 20 },
  },
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
  const data = await gql(
    editor,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename, contentBase64: clip.toString('base64') } },
  );
  const uploaded = data.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () => {
      const { asset } = await gql(
        editor,
        `query($id: ID!) { asset(id: $id) { versions { id distributionStatus reviewStatus } } }`,
        { id: uploaded.assetId },
      );
      const [version] = asset?.versions ?? [];
      return version?.distributionStatus === 'AWAITING_APPROVAL' && version.reviewStatus === 'PENDING';
    },
    { timeoutMs: 60_000, what: 'the version known to distribution and review' },
  );
  return uploaded;
}

/** A review of the asset, opened by the editor, with admin-1 as its one named reviewer. */
async function openReview(assetId: string): Promise<string> {
  const { createReview } = await gql(editor, 'mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
    i: { title: 'Promo sign-off', assetIds: [assetId], reviewers: [{ subject: 'admin-1' }], policy: 'ANY' },
  });
  return createReview.id;
}

/** The named reviewer's decision through review's API; answers the version's status under the review's policy. */
async function decide(
  reviewId: string,
  versionId: string,
  decision: 'APPROVED' | 'CHANGES_REQUESTED',
): Promise<string> {
  const { decideVersion } = await gql(
    admin,
    'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status } }',
    { i: { reviewId, versionId, decision, note: 'from the screening' } },
  );
  return decideVersion.status;
}

/** Waits until distribution has consumed review's latest event about the asset, which is of `type`. */
async function consumedByDistribution(assetId: string, type: string): Promise<void> {
  const [latest]: { event_id: string; value: Buffer }[] = await system.services.review.dataSource.query(
    `SELECT event_id, value FROM outbox WHERE key = $1 AND topic LIKE '%mam.review.version.v1' ORDER BY seq DESC LIMIT 1`,
    [assetId],
  );
  expect(decodeEnvelope(latest.value).type).toBe(type);
  const consumed = `SELECT 1 FROM inbox WHERE consumer_group = 'distribution.review' AND event_id = $1`;
  await waitFor(
    async () => (await system.services.distribution.dataSource.query(consumed, [latest.event_id])).length > 0,
    { timeoutMs: 60_000, what: `distribution to consume ${type}` },
  );
}

function deliveriesOf(assetId: string) {
  return gql(
    editor,
    `query($id: ID!) { asset(id: $id) { distributionStatus deliveries(first: 2) { ${DELIVERY_FIELDS} } } }`,
    { id: assetId },
  );
}

function ended(assetId: string, count = 1) {
  return waitFor(
    async () => {
      const { asset } = await deliveriesOf(assetId);
      const deliveries = asset.deliveries as { status: string }[];
      return deliveries.length >= count &&
        deliveries.slice(0, count).every((d) => !['QUEUED', 'RUNNING'].includes(d.status))
        ? asset
        : undefined;
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
  sshd = await startPrivateSshd();
  await s3Client.send(new CreateBucketCommand({ Bucket: bucket }));
}, 120_000);

afterAll(async () => {
  await test?.stop();
  await sshd?.stop();
  s3Client.destroy();
});

describe('delivery profiles', () => {
  it('lists the built-in presets and saves a workspace profile that can be made', async () => {
    const { deliveryProfiles } = await gql(editor, '{ deliveryProfiles { id name builtIn container } }');
    expect(deliveryProfiles.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['web-h264-1080p', 'prores-422-hq', 'xdcam-hd422', 'hls-ladder', 'poster-thumbnails']),
    );
    const { createDeliveryProfile } = await gql(
      editor,
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id name builtIn container } }',
      { i: { name: 'Proxy 360p', spec: PROXY_PROFILE } },
    );
    expect(createDeliveryProfile).toMatchObject({ name: 'Proxy 360p', builtIn: false, container: 'mp4' });
  });

  it('saves a vertical profile padded with a colour and refuses a background that is not one', async () => {
    const vertical = (framing: Record<string, unknown>) => ({
      ...PROXY_PROFILE,
      video: { ...PROXY_PROFILE.video, width: 360, height: 640, framing },
    });
    const { createDeliveryProfile } = await gql(
      editor,
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id spec } }',
      { i: { name: 'Vertical 640', spec: vertical({ fit: 'pad', background: '#102030', titleSafe: true }) } },
    );
    expect(createDeliveryProfile.spec.video.framing).toEqual({ fit: 'pad', background: '#102030', titleSafe: true });
    const wrong = await gqlError(
      editor,
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }',
      { i: { name: 'Vertical red', spec: vertical({ fit: 'crop', background: 'red' }) } },
    );
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spec.video.framing.background' });
    expect(wrong.message).toContain('a background fills the bars of pad, not of crop');
  });

  it('refuses impossible settings with the field and the reason, and saves nothing', async () => {
    const odd = await gqlError(
      editor,
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }',
      { i: { name: 'Odd', spec: { ...PROXY_PROFILE, video: { ...PROXY_PROFILE.video, width: 641 } } } },
    );
    expect(odd.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spec.video.width' });
    expect(odd.message).toContain('width 641 is odd: yuv420p');
    const mp3 = await gqlError(
      editor,
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }',
      {
        i: {
          name: 'Surround MP3',
          spec: {
            container: 'mp3',
            audio: { codec: 'mp3', channels: 8, tracks: 1, sampleRate: 48000, bitRateKbps: 192 },
          },
        },
      },
    );
    expect(mp3.message).toContain('MP3 carries at most 2 channels, not 8');
    const { deliveryProfiles } = await gql(editor, '{ deliveryProfiles { name } }');
    expect(deliveryProfiles.map((p: { name: string }) => p.name)).not.toEqual(
      expect.arrayContaining(['Odd', 'Surround MP3']),
    );
  });
  it('changes a workspace profile, checked as a new one is; a preset cannot be changed', async () => {
    const { deliveryProfiles } = await gql(editor, '{ deliveryProfiles { id name spec } }');
    const proxy = deliveryProfiles.find((p: { name: string }) => p.name === 'Proxy 360p');
    const update =
      'mutation($id: ID!, $i: CreateDeliveryProfileInput!) { updateDeliveryProfile(id: $id, input: $i) { id name spec } }';
    const odd = await gqlError(editor, update, {
      id: proxy.id,
      i: { name: 'Proxy 360p', spec: { ...PROXY_PROFILE, video: { ...PROXY_PROFILE.video, width: 641 } } },
    });
    expect(odd.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spec.video.width' });
    const lighter = { ...PROXY_PROFILE, video: { ...PROXY_PROFILE.video, quality: 30 } };
    const { updateDeliveryProfile } = await gql(editor, update, {
      id: proxy.id,
      i: { name: 'Proxy 360p', spec: lighter },
    });
    expect(updateDeliveryProfile).toMatchObject({
      id: proxy.id,
      name: 'Proxy 360p',
      spec: { video: { quality: 30, width: 640 } },
    });
    const preset = await gqlError(editor, update, { id: 'web-h264-1080p', i: { name: 'Mine now', spec: lighter } });
    expect(preset.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const after = await gql(editor, '{ deliveryProfiles { id name } }');
    expect(after.deliveryProfiles.filter((p: { name: string }) => p.name === 'Proxy 360p')).toHaveLength(1);
    expect(after.deliveryProfiles.map((p: { name: string }) => p.name)).not.toContain('Mine now');
  });
});

describe('an approved version is delivered by the workspace rule', () => {
  let folderId = '';
  let sftpId = '';
  let s3Id = '';
  let proxyId = '';
  let assetId = '';
  let versionId = '';
  let reviewId = '';

  beforeAll(async () => {
    const { createDestination } = await gql(
      admin,
      'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id kind settings hasCredentials } }',
      { i: { name: 'Playout folder', kind: 'FOLDER', settings: { path: 'playout' } } },
    );
    folderId = createDestination.id;
    const destination =
      'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id kind settings hasCredentials } }';
    const sftp = await gql(admin, destination, {
      i: {
        name: 'Broadcaster SFTP',
        kind: 'SFTP',
        settings: {
          host: sshd.host,
          port: sshd.port,
          username: sshd.username,
          path: join(sshd.root, 'incoming'),
          hostKeySha256: sshd.hostKeySha256,
        },
        credentials: { privateKey: sshd.privateKey },
      },
    });
    expect(sftp.createDestination).toMatchObject({ kind: 'SFTP', hasCredentials: true });
    expect(JSON.stringify(sftp.createDestination)).not.toContain('PRIVATE KEY');
    sftpId = sftp.createDestination.id;
    const bucketDestination = await gql(admin, destination, {
      i: {
        name: 'Archive bucket',
        kind: 'S3',
        settings: { endpoint: s3.endpoint, bucket, prefix: 'masters-out', forcePathStyle: true },
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      },
    });
    expect(JSON.stringify(bucketDestination.createDestination)).not.toContain(s3.secretAccessKey);
    s3Id = bucketDestination.createDestination.id;
    proxyId = (await gql(editor, '{ deliveryProfiles { id name } }')).deliveryProfiles.find(
      (p: { name: string }) => p.name === 'Proxy 360p',
    ).id;
    await gql(admin, 'mutation($i: CreateDeliveryRuleInput!) { createDeliveryRule(input: $i) { id } }', {
      i: {
        name: 'On approval',
        trigger: 'VERSION_APPROVED',
        profileIds: ['web-h264-1080p', 'wav-48k-24bit', proxyId],
        destinationIds: [folderId, sftpId, s3Id],
      },
    });
    const clip = readFileSync(
      makeClip(join(test.workDir, 'promo.mp4'), {
        seconds: 1,
        width: 640,
        height: 360,
        rate: '25',
        audio: true,
        timecode: '10:00:00:00',
      }),
    );
    ({ assetId, versionId } = await upload('promo.mp4', clip));
  }, 120_000);

  it('delivers nothing when the reviewer asks for changes', async () => {
    reviewId = await openReview(assetId);
    expect(await decide(reviewId, versionId, 'CHANGES_REQUESTED')).toBe('CHANGES_REQUESTED');
    await consumedByDistribution(assetId, 'version.changes-requested');
    const { asset } = await deliveriesOf(assetId);
    expect(asset).toEqual({ distributionStatus: 'AWAITING_APPROVAL', deliveries: [] });
  }, 120_000);

  it('makes, verifies and delivers three profiles to a folder, SFTP and S3 once the reviewer approves, with no other action, each read back and probed', async () => {
    expect(await decide(reviewId, versionId, 'APPROVED')).toBe('APPROVED');
    const asset = await ended(assetId);
    // The approval's one delivery: the earlier request for changes started none.
    expect(asset.deliveries).toHaveLength(1);
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
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', 'promo.mp4']);
    const web = ffprobe(join(folder, delivery.outputs[0].files[0]));
    expect(web.streams.map((s) => [s.codec_type, s.codec_name])).toEqual(
      expect.arrayContaining([
        ['video', 'h264'],
        ['audio', 'aac'],
      ]),
    );
    expect(web.streams[0]).toMatchObject({ width: 1920, height: 1080, r_frame_rate: '25/1' });
    const wavFolder = delivery.outputs[1].transfers[0].location as string;
    const wav = ffprobe(join(wavFolder, delivery.outputs[1].files[0]));
    expect(wav.streams[0]).toMatchObject({ codec_name: 'pcm_s24le', sample_rate: '48000', channels: 2 });
    // Every output read back from the SFTP server and the bucket, and probed.
    const readBack = join(test.workDir, 'read-back');
    mkdirSync(readBack, { recursive: true });
    const expected: Record<string, [string, string]> = {
      'web-h264-1080p': ['video', 'h264'],
      'wav-48k-24bit': ['audio', 'pcm_s24le'],
      [proxyId]: ['video', 'h264'],
    };
    for (const output of delivery.outputs) {
      const [folderTransfer, sftpTransfer, s3Transfer] = output.transfers;
      expect([folderTransfer.destinationId, sftpTransfer.destinationId, s3Transfer.destinationId]).toEqual([
        folderId,
        sftpId,
        s3Id,
      ]);
      expect(output.transfers.map((t: { status: string }) => t.status)).toEqual([
        'DELIVERED',
        'DELIVERED',
        'DELIVERED',
      ]);
      const file = output.files[0] as string;
      const remoteDir = new URL(sftpTransfer.location).pathname;
      await sftpGet(`${remoteDir}/${file}`, join(readBack, `sftp-${output.profileId}-${file}`));
      const key = (s3Transfer.location as string).replace(`s3://${bucket}/`, '');
      await s3Get(`${key}/${file}`, join(readBack, `s3-${output.profileId}-${file}`));
      for (const copy of [`sftp-${output.profileId}-${file}`, `s3-${output.profileId}-${file}`]) {
        const probed = ffprobe(join(readBack, copy));
        expect(probed.streams.map((s) => [s.codec_type, s.codec_name])).toContainEqual(expected[output.profileId]);
      }
      // Beside the output at every destination, its manifest: the SHA-256 and size of the file as each one received it.
      await sftpGet(`${remoteDir}/manifest.json`, join(readBack, `sftp-${output.profileId}-manifest.json`));
      await s3Get(`${key}/manifest.json`, join(readBack, `s3-${output.profileId}-manifest.json`));
      const copies: [string, string][] = [
        [join(folderTransfer.location, 'manifest.json'), join(folderTransfer.location, file)],
        [join(readBack, `sftp-${output.profileId}-manifest.json`), join(readBack, `sftp-${output.profileId}-${file}`)],
        [join(readBack, `s3-${output.profileId}-manifest.json`), join(readBack, `s3-${output.profileId}-${file}`)],
      ];
      for (const [manifestPath, copy] of copies) {
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        const bytes = readFileSync(copy);
        expect(manifest).toMatchObject({
          manifest: 'mam.delivery-manifest/1',
          delivery: { id: delivery.id, ruleId: delivery.ruleId },
          asset: { id: assetId },
          version: { id: versionId, number: 1, filename: 'promo.mp4' },
          profile: { id: output.profileId, name: output.profileName },
          files: [
            {
              path: file,
              kind: 'media',
              sizeBytes: bytes.length,
              sha256: createHash('sha256').update(bytes).digest('hex'),
            },
          ],
          rights: {},
        });
        expect(manifest.outputs).toEqual([
          expect.objectContaining({ file, audio: [expect.objectContaining({ channels: 2 })] }),
        ]);
        expect(manifest.loudness).toMatchObject({ mode: 'linear', measured: output.loudness });
      }
    }
    const web1080 = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(web1080.outputs[0].video).toMatchObject({
      codec: 'h264',
      width: 1920,
      height: 1080,
      displayAspectRatio: '16:9',
      frameRate: '25/1',
    });
    const listed = await s3Client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'masters-out/' }));
    expect(listed.KeyCount).toBe(6);
    const versions = await gql(editor, `query($id: ID!) { asset(id: $id) { versions { distributionStatus } } }`, {
      id: assetId,
    });
    expect(versions.asset.versions[0].distributionStatus).toBe('DELIVERED');
  }, 240_000);

  it('refuses the same delivery started twice while it runs, and delivers again by hand once it ended', async () => {
    const input = { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [folderId] };
    const { deliverVersion } = await gql(
      editor,
      `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id status } }`,
      { i: input },
    );
    expect(deliverVersion.status).toBe('QUEUED');
    // Watched live: every state until it has delivered.
    const states: { status: string; outputs: { status: string; progress: number }[] }[] = [];
    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${editor}` },
      retryAttempts: 0,
    });
    const watched = new Promise<void>((resolve, reject) =>
      client.subscribe(
        {
          query: 'subscription($id: ID!) { deliveryProgress(deliveryId: $id) { status outputs { status progress } } }',
          variables: { id: deliverVersion.id },
        },
        {
          next: (result) =>
            result.errors
              ? reject(new Error(JSON.stringify(result.errors)))
              : states.push(result.data!.deliveryProgress as (typeof states)[number]),
          error: reject,
          complete: resolve,
        },
      ),
    );
    const twice = await gqlError(editor, `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }`, {
      i: input,
    });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', current: { deliveryId: deliverVersion.id } });
    await watched;
    await client.dispose();
    expect(states.at(-1)).toEqual({ status: 'DELIVERED', outputs: [{ status: 'DELIVERED', progress: 1 }] });
    expect(states.length).toBeGreaterThan(1);
    const { redeliver } = await gql(editor, `mutation($id: ID!) { redeliver(deliveryId: $id) { id status } }`, {
      id: deliverVersion.id,
    });
    expect(redeliver).toMatchObject({ status: 'QUEUED' });
    expect(redeliver.id).not.toBe(deliverVersion.id);
    await ended(assetId, 1);
    const { asset } = await deliveriesOf(assetId);
    expect(asset.deliveries.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
      [redeliver.id, 'DELIVERED'],
      [deliverVersion.id, 'DELIVERED'],
    ]);
  }, 240_000);

  it('cancels a running delivery: ffmpeg stopped, nothing delivered, its outputs cancelled', async () => {
    const heavy = ['prores-422-hq', 'xdcam-hd422', 'dnxhr-hq-mxf', 'h265-mp4'];
    const { deliverVersion } = await gql(
      editor,
      `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }`,
      { i: { versionId, profileIds: heavy, destinationIds: [folderId] } },
    );
    await waitFor(
      async () =>
        (await gql(editor, `query($id: ID!) { delivery(id: $id) { outputs { status } } }`, { id: deliverVersion.id }))
          .delivery.outputs[0].status === 'ENCODING',
      {
        timeoutMs: 60_000,
        intervalMs: 100,
        what: 'the outputs to be encoding',
      },
    );
    const workFolder = join(test.workDir, 'data', 'distribution', deliverVersion.id);
    expect(existsSync(workFolder)).toBe(true);
    const { cancelDelivery } = await gql(
      editor,
      `mutation($id: ID!) { cancelDelivery(deliveryId: $id) { id status reason } }`,
      { id: deliverVersion.id },
    );
    expect(cancelDelivery).toMatchObject({ status: 'CANCELLED', reason: 'cancelled by editor-1' });
    // The worker stops at its next lease renewal and removes the outputs it was making.
    await waitFor(() => !existsSync(workFolder), { timeoutMs: 30_000, what: 'the work folder to be removed' });
    const { delivery } = await gql(
      editor,
      `query($id: ID!) { delivery(id: $id) { status outputs { status transfers { status } } } }`,
      { id: deliverVersion.id },
    );
    expect(delivery.status).toBe('CANCELLED');
    expect(delivery.outputs.map((o: { status: string; transfers: unknown[] }) => [o.status, o.transfers])).toEqual(
      heavy.map(() => ['CANCELLED', []]),
    );
    const delivered = readdirSync(join(test.workDir, 'data', 'deliveries', 'playout', 'promo_v1'));
    expect(delivered).not.toEqual(expect.arrayContaining(['prores-422-hq']));
    expect(delivered.filter((name) => heavy.includes(name))).toEqual([]);
    const again = await gqlError(editor, `mutation($id: ID!) { cancelDelivery(deliveryId: $id) { id } }`, {
      id: deliverVersion.id,
    });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT' });
  }, 240_000);

  it('fails an output at a destination that refuses the login, with that reason, after one try', async () => {
    const { createDestination } = await gql(
      admin,
      'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id } }',
      {
        i: {
          name: 'Wrong password',
          kind: 'SFTP',
          settings: { host: sshd.host, port: sshd.port, username: sshd.username, path: sshd.root },
          credentials: { password: 'not-the-password' },
        },
      },
    );
    await gql(editor, `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }`, {
      i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [createDestination.id] },
    });
    const [delivery] = (await ended(assetId)).deliveries;
    expect(delivery.status).toBe('FAILED');
    expect(delivery.outputs[0].verification).toEqual({ passed: true, differences: [] });
    expect(delivery.outputs[0].transfers[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(delivery.outputs[0].transfers[0].reason).toContain(
      `Wrong password: the SFTP server refused the login of ${sshd.username}`,
    );
    expect(delivery.reason).toContain('refused the login');
  }, 240_000);

  it('tries an unreachable destination again with backoff, then fails the output naming it', async () => {
    const { createDestination } = await gql(
      admin,
      'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id } }',
      {
        i: {
          name: 'Offline SFTP',
          kind: 'SFTP',
          settings: { host: '127.0.0.1', port: await freePort(), username: 'nobody', path: 'in' },
          credentials: { password: 'whatever' },
        },
      },
    );
    await gql(editor, `mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }`, {
      i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [createDestination.id] },
    });
    const [delivery] = (await ended(assetId)).deliveries;
    expect(delivery.status).toBe('FAILED');
    // TRANSFER_ATTEMPTS is 2 in this system.
    expect(delivery.outputs[0].transfers[0]).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(delivery.outputs[0].transfers[0].reason).toMatch(
      /^Offline SFTP: the SFTP server 127\.0\.0\.1:\d+ could not be reached: .*ECONNREFUSED.* \(after 2 tries\)$/,
    );
  }, 240_000);

  it('shows nothing of it to another workspace', async () => {
    const { asset } = await gql(outsider, `query($id: ID!) { asset(id: $id) { id } }`, { id: assetId }).catch(() => ({
      asset: null,
    }));
    expect(asset).toBeNull();
    const { deliveries, destinations } = await gql(outsider, '{ deliveries { id } destinations { id } }');
    expect({ deliveries, destinations }).toEqual({ deliveries: [], destinations: [] });
  });
});
