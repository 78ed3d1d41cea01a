import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { ffprobe, graphqlRequest, makeClip, waitFor } from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let admin = '';
let editor = '';
let clip: Buffer;
let ukWebId = '';

const WORKSPACE = 'studio-a';
const DELIVERY_FIELDS = `id status reason ruleId outputs { profileId status reason transfers { status location attempts reason } }`;

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

async function upload(filename: string) {
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
        `query($id: ID!) { asset(id: $id) { versions { distributionStatus reviewStatus } } }`,
        { id: uploaded.assetId },
      );
      const [version] = asset?.versions ?? [];
      return version?.distributionStatus === 'AWAITING_APPROVAL' && version.reviewStatus === 'PENDING';
    },
    { timeoutMs: 60_000, what: 'the version known to distribution and review' },
  );
  return uploaded;
}

/** Sets metadata through assets' API, then waits until distribution has kept that revision. */
async function setMetadata(assetId: string, values: { key: string; value: unknown }[]): Promise<void> {
  const { asset } = await gql(editor, 'query($id: ID!) { asset(id: $id) { revision } }', { id: assetId });
  const { setAssetMetadata } = await gql(
    editor,
    'mutation($i: SetAssetMetadataInput!) { setAssetMetadata(input: $i) { revision } }',
    { i: { assetId, expectedRevision: asset.revision, values } },
  );
  await waitFor(
    async () => {
      const [kept]: { revision: string }[] = await system.services.distribution.dataSource.query(
        'SELECT revision FROM asset_descriptions WHERE asset_id = $1',
        [assetId],
      );
      return kept && Number(kept.revision) >= setAssetMetadata.revision;
    },
    { timeoutMs: 60_000, what: 'distribution to keep the metadata' },
  );
}

function deliveriesOf(assetId: string) {
  return gql(editor, `query($id: ID!) { asset(id: $id) { deliveries(first: 5) { ${DELIVERY_FIELDS} } } }`, {
    id: assetId,
  }).then((data) => data.asset.deliveries as { id: string; status: string; [field: string]: unknown }[]);
}

function ended(assetId: string) {
  return waitFor(
    async () => {
      const [latest] = await deliveriesOf(assetId);
      return latest && !['QUEUED', 'RUNNING'].includes(latest.status) ? latest : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 500, what: 'the delivery to end' },
  );
}

const DELIVER = 'mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id status } }';
const CREATE_RULE =
  'mutation($i: CreateDeliveryRuleInput!) { createDeliveryRule(input: $i) { id trigger collectionId metadataField metadataValue } }';
const CREATE_DESTINATION =
  'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id kind territory channel hasCredentials settings } }';

beforeAll(async () => {
  test = await startTestSystem('distribution-rights', {
    distribution: { TRANSFER_BACKOFF_MS: '50', TRANSFER_ATTEMPTS: '3', DOWNLOAD_URL_TTL_SECONDS: '8' },
  });
  system = test.system;
  admin = await test.token('admin-1', WORKSPACE, ['admin']);
  editor = await test.token('editor-1', WORKSPACE, ['editor']);
  clip = readFileSync(makeClip(join(test.workDir, 'clip.mp4'), { seconds: 1, width: 320, height: 180, audio: true }));
  const { createDestination } = await gql(admin, CREATE_DESTINATION, {
    i: { name: 'UK web', kind: 'FOLDER', settings: { path: 'uk-web' }, territory: 'gb', channel: 'web' },
  });
  expect(createDestination).toMatchObject({ territory: 'GB', channel: 'web' });
  ukWebId = createDestination.id;
}, 120_000);

afterAll(async () => {
  await test?.stop();
});

describe('the rights gate', () => {
  it('refuses an asset whose licence has expired, by hand (nothing made) and by rule (recorded with the reason)', async () => {
    const { assetId, versionId } = await upload('expired.mp4');
    const rule = await gql(admin, CREATE_RULE, {
      i: { name: 'On approval', trigger: 'VERSION_APPROVED', profileIds: ['wav-48k-24bit'], destinationIds: [ukWebId] },
    });
    await setMetadata(assetId, [{ key: 'rights_expires', value: '2020-01-31' }]);

    const byHand = await gqlError(editor, DELIVER, {
      i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [ukWebId] },
    });
    expect(byHand.extensions).toMatchObject({ code: 'FORBIDDEN', refusal: 'LICENCE_EXPIRED' });
    expect(byHand.message).toBe(
      "The asset's rights forbid this delivery: the licence expired on 2020-01-31 (rights_expires)",
    );
    expect(await deliveriesOf(assetId)).toEqual([]);

    const { createReview } = await gql(editor, 'mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
      i: { title: 'Sign-off', assetIds: [assetId], reviewers: [{ subject: 'admin-1' }], policy: 'ANY' },
    });
    const { decideVersion } = await gql(
      admin,
      'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status } }',
      { i: { reviewId: createReview.id, versionId, decision: 'APPROVED', note: 'fine' } },
    );
    expect(decideVersion.status).toBe('APPROVED');
    const refused = await ended(assetId);
    expect(refused).toMatchObject({
      status: 'REFUSED',
      ruleId: rule.createDeliveryRule.id,
      reason: 'refused: the licence expired on 2020-01-31 (rights_expires)',
      outputs: [{ profileId: 'wav-48k-24bit', status: 'REFUSED', transfers: [] }],
    });
    const { deliveries } = await gql(editor, `{ deliveries(first: 5) { id status reason } }`);
    expect(deliveries).toContainEqual({ id: refused.id, status: 'REFUSED', reason: refused.reason });
    const { asset } = await gql(editor, 'query($id: ID!) { asset(id: $id) { distributionStatus } }', { id: assetId });
    expect(asset.distributionStatus).toBe('FAILED');
    await gql(admin, 'mutation($id: ID!) { setDeliveryRuleEnabled(id: $id, enabled: false) { id } }', {
      id: rule.createDeliveryRule.id,
    });
  }, 180_000);

  it("refuses a destination outside the licence's territories or channels, and delivers once they cover it", async () => {
    const { assetId, versionId } = await upload('territory.mp4');
    const input = { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [ukWebId] };
    await setMetadata(assetId, [{ key: 'rights_territories', value: ['FR', 'DE'] }]);
    const territory = await gqlError(editor, DELIVER, { i: input });
    expect(territory.extensions).toMatchObject({ code: 'FORBIDDEN', refusal: 'TERRITORY_NOT_LICENSED' });
    expect(territory.message).toContain(
      'UK web is in territory GB, which the licence does not cover (it covers FR, DE)',
    );
    await setMetadata(assetId, [
      { key: 'rights_territories', value: ['FR', 'GB'] },
      { key: 'rights_channels', value: ['broadcast'] },
    ]);
    const channel = await gqlError(editor, DELIVER, { i: input });
    expect(channel.extensions).toMatchObject({ code: 'FORBIDDEN', refusal: 'CHANNEL_NOT_LICENSED' });
    expect(await deliveriesOf(assetId)).toEqual([]);
    await setMetadata(assetId, [{ key: 'rights_channels', value: ['broadcast', 'web'] }]);
    expect((await gql(editor, DELIVER, { i: input })).deliverVersion.status).toBe('QUEUED');
    expect((await ended(assetId)).status).toBe('DELIVERED');
  }, 180_000);

  it('refuses a bad territory or channel for a destination, and saves nothing', async () => {
    const bad = await gqlError(admin, CREATE_DESTINATION, {
      i: { name: 'Odd', kind: 'FOLDER', settings: { path: 'odd' }, territory: 'Britain' },
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territory' });
    const channel = await gqlError(admin, CREATE_DESTINATION, {
      i: { name: 'Odd', kind: 'FOLDER', settings: { path: 'odd' }, channel: 'radio' },
    });
    expect(channel.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
    const { destinations } = await gql(admin, '{ destinations { name } }');
    expect(destinations.map((d: { name: string }) => d.name)).not.toContain('Odd');
  });
});

describe('rules on other triggers', () => {
  it('delivers the current version when the asset is added to the rule’s collection, and not for another one', async () => {
    const { assetId, versionId } = await upload('collected.mp4');
    const [watched, other] = await Promise.all(
      ['Press kit', 'Elsewhere'].map(async (name) => {
        const { createCollection } = await gql(
          editor,
          'mutation($i: CreateCollectionInput!) { createCollection(input: $i) { id } }',
          { i: { name } },
        );
        return createCollection.id as string;
      }),
    );
    const { createDeliveryRule } = await gql(admin, CREATE_RULE, {
      i: {
        name: 'Press kit',
        trigger: 'ADDED_TO_COLLECTION',
        collectionId: watched,
        profileIds: ['wav-48k-24bit'],
        destinationIds: [ukWebId],
      },
    });
    expect(createDeliveryRule).toMatchObject({ trigger: 'ADDED_TO_COLLECTION', collectionId: watched });
    const add = 'mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }';
    await gql(editor, add, { c: other, a: [assetId] });
    await waitFor(
      async () =>
        (
          await system.services.distribution.dataSource.query(
            'SELECT 1 FROM asset_descriptions WHERE asset_id = $1 AND $2::uuid = ANY(collection_ids)',
            [assetId, other],
          )
        ).length > 0,
      { timeoutMs: 60_000, what: 'distribution to see the asset in the other collection' },
    );
    expect(await deliveriesOf(assetId)).toEqual([]);
    await gql(editor, add, { c: watched, a: [assetId] });
    const delivery = await ended(assetId);
    expect(delivery).toMatchObject({ status: 'DELIVERED', ruleId: createDeliveryRule.id });
    const { delivery: read } = await gql(editor, 'query($id: ID!) { delivery(id: $id) { version { id } } }', {
      id: delivery.id,
    });
    expect(read.version.id).toBe(versionId);
    await gql(admin, 'mutation($id: ID!) { setDeliveryRuleEnabled(id: $id, enabled: false) { id } }', {
      id: createDeliveryRule.id,
    });
  }, 180_000);

  it('delivers when a metadata field takes the rule’s value, once, and refuses a rule without its value', async () => {
    const missing = await gqlError(admin, CREATE_RULE, {
      i: {
        name: 'No value',
        trigger: 'METADATA_VALUE_SET',
        metadataField: 'rights_licence',
        profileIds: ['wav-48k-24bit'],
        destinationIds: [ukWebId],
      },
    });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metadataValue' });
    const { assetId } = await upload('licensed.mp4');
    const { createDeliveryRule } = await gql(admin, CREATE_RULE, {
      i: {
        name: 'Cleared',
        trigger: 'METADATA_VALUE_SET',
        metadataField: 'rights_licence',
        metadataValue: 'CLEARED',
        profileIds: ['wav-48k-24bit'],
        destinationIds: [ukWebId],
      },
    });
    expect(createDeliveryRule).toMatchObject({ metadataField: 'rights_licence', metadataValue: 'CLEARED' });
    await setMetadata(assetId, [{ key: 'rights_licence', value: 'PENDING' }]);
    expect(await deliveriesOf(assetId)).toEqual([]);
    await setMetadata(assetId, [{ key: 'rights_licence', value: 'CLEARED' }]);
    expect(await ended(assetId)).toMatchObject({ status: 'DELIVERED', ruleId: createDeliveryRule.id });
    // Another change that leaves the field at its value starts nothing more.
    await setMetadata(assetId, [{ key: 'rights_territories', value: ['GB'] }]);
    expect(await deliveriesOf(assetId)).toHaveLength(1);
    await gql(admin, 'mutation($id: ID!) { setDeliveryRuleEnabled(id: $id, enabled: false) { id } }', {
      id: createDeliveryRule.id,
    });
  }, 180_000);
});

describe('webhook destinations', () => {
  const SECRET = 'webhook-signing-secret-0123456789';
  let server: Server;
  let base = '';
  /** What the endpoint took, and what it downloaded by the notice's URLs the moment it came (directly, then through the gateway). */
  const notices: {
    body: string;
    signature: string;
    downloads: { status: number; bytes: Buffer; viaGateway: number }[];
  }[] = [];

  async function downloadAll(body: string) {
    const files = (JSON.parse(body) as { outputs: { files: { url: string }[] }[] }).outputs.flatMap((o) => o.files);
    return Promise.all(
      files.map(async (file) => {
        const answer = await fetch(file.url);
        const bytes = Buffer.from(await answer.arrayBuffer());
        const direct = new URL(file.url);
        const viaGateway = await fetch(new URL(`${direct.pathname}${direct.search}`, system.gatewayUrl));
        await viaGateway.arrayBuffer();
        return { status: answer.status, bytes, viaGateway: viaGateway.status };
      }),
    );
  }
  let answers: number[] = [];

  async function answer(req: IncomingMessage, res: ServerResponse, body: string) {
    const status = req.url === '/refuse' ? 422 : (answers.shift() ?? 200);
    if (status === 200)
      notices.push({ body, signature: String(req.headers['x-mam-signature']), downloads: await downloadAll(body) });
    res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 422 ? 'unknown show code' : 'ok');
  }

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void answer(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('notifies the endpoint with a signed notice whose URLs download each output until they expire, retrying a busy endpoint', async () => {
    const { createDestination } = await gql(admin, CREATE_DESTINATION, {
      i: {
        name: 'Partner hook',
        kind: 'WEBHOOK',
        settings: { url: `${base}/hook` },
        credentials: { signingSecret: SECRET },
      },
    });
    expect(createDestination).toMatchObject({ kind: 'WEBHOOK', hasCredentials: true });
    expect(JSON.stringify(createDestination)).not.toContain(SECRET);
    const { assetId, versionId } = await upload('hooked.mp4');
    answers = [503];
    await gql(editor, DELIVER, {
      i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [createDestination.id] },
    });
    const delivery = await ended(assetId);
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      outputs: [{ status: 'DELIVERED', transfers: [{ status: 'DELIVERED', attempts: 2, location: `${base}/hook` }] }],
    });
    expect(notices).toHaveLength(1);
    const [{ body, signature, downloads }] = notices;
    const expected = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
    expect(timingSafeEqual(Buffer.from(signature), Buffer.from(expected))).toBe(true);
    const notice = JSON.parse(body);
    expect(notice).toMatchObject({ type: 'delivery.output-delivered', deliveryId: delivery.id, assetId, versionId });
    const [output] = notice.outputs;
    expect(output.profileId).toBe('wav-48k-24bit');
    const [file] = output.files;
    // Downloaded by its URL when the notice came, directly and through the gateway (which forwards /downloads).
    const [downloaded] = downloads;
    expect({ status: downloaded.status, bytes: downloaded.bytes.length, viaGateway: downloaded.viaGateway }).toEqual({
      status: 200,
      bytes: file.bytes,
      viaGateway: 200,
    });
    expect(createHash('sha256').update(downloaded.bytes).digest('hex')).toBe(file.sha256);
    const local = join(test.workDir, 'downloaded.wav');
    writeFileSync(local, downloaded.bytes);
    expect(ffprobe(local).streams[0]).toMatchObject({ codec_name: 'pcm_s24le', sample_rate: '48000' });
    const tampered = new URL(file.url);
    tampered.searchParams.set('signature', 'x'.repeat(43));
    expect((await fetch(tampered)).status).toBe(403);
    await sleep(Math.max(0, new Date(file.expiresAt).getTime() - Date.now()) + 1500);
    const late = await fetch(file.url);
    expect({ status: late.status, body: await late.json() }).toEqual({ status: 410, body: { error: 'link expired' } });
  }, 180_000);

  it('fails the output at an endpoint that refuses the notice, with its answer, after one try', async () => {
    const { createDestination } = await gql(admin, CREATE_DESTINATION, {
      i: {
        name: 'Refusing hook',
        kind: 'WEBHOOK',
        settings: { url: `${base}/refuse` },
        credentials: { signingSecret: SECRET },
      },
    });
    const { assetId, versionId } = await upload('refused.mp4');
    await gql(editor, DELIVER, {
      i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [createDestination.id] },
    });
    const delivery = await ended(assetId);
    expect(delivery.status).toBe('FAILED');
    expect(delivery).toMatchObject({
      outputs: [
        {
          status: 'FAILED',
          transfers: [
            {
              status: 'FAILED',
              attempts: 1,
              reason: 'Refusing hook: the endpoint answered 422 Unprocessable Entity: unknown show code',
            },
          ],
        },
      ],
    });
  }, 180_000);
});
