import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';

// The rights gate beyond a delivery's request: a guest's master download through a review link,
// and a delivery job that runs after the licence expired. Rights come from assets' metadata.

let test: TestSystem;
let system: RunningSystem;
let admin = '';
let clip: Buffer;
let destinationId = '';

const EXPIRED = '2020-01-31';
const LICENSED = '2099-12-31';
const REASON = `the licence expired on ${EXPIRED} (rights_expires)`;

type Auth = { member: string } | { guest: string };
const header = (auth: Auth) => ('member' in auth ? `Bearer ${auth.member}` : `Guest ${auth.guest}`);

async function as(auth: Auth, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: header(auth) });
}

async function ok(auth: Auth, query: string, variables?: Record<string, unknown>) {
  const response = await as(auth, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function upload(filename: string): Promise<{ assetId: string; versionId: string }> {
  const data = await ok(
    { member: admin },
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename, contentBase64: clip.toString('base64') } },
  );
  const uploaded = data.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () =>
      (await ok({ member: admin }, 'query($id: ID!) { asset(id: $id) { id } }', { id: uploaded.assetId })).asset !==
      null,
    { timeoutMs: 60_000, what: 'the asset known to assets' },
  );
  return uploaded;
}

/** The revision a projection keeps of an asset (0 when none yet). */
async function keptRevision(service: 'review' | 'distribution', assetId: string): Promise<number> {
  const table = service === 'review' ? 'asset_rights' : 'asset_descriptions';
  const [kept]: { revision: string }[] = await system.services[service].dataSource.query(
    `SELECT revision FROM ${table} WHERE asset_id = $1`,
    [assetId],
  );
  return Number(kept?.revision ?? 0);
}

/** Sets the licence's last day through assets' API, then waits until review and distribution keep that revision. */
async function setExpiry(assetId: string, day: string): Promise<void> {
  const { asset } = await ok({ member: admin }, 'query($id: ID!) { asset(id: $id) { revision } }', { id: assetId });
  const { setAssetMetadata } = await ok(
    { member: admin },
    'mutation($i: SetAssetMetadataInput!) { setAssetMetadata(input: $i) { revision } }',
    { i: { assetId, expectedRevision: asset.revision, values: [{ key: 'rights_expires', value: day }] } },
  );
  await waitFor(
    async () =>
      (await keptRevision('review', assetId)) >= setAssetMetadata.revision &&
      (await keptRevision('distribution', assetId)) >= setAssetMetadata.revision,
    { timeoutMs: 60_000, what: 'review and distribution to keep the rights' },
  );
}

interface ReviewMedia {
  status: string;
  downloadMasterUrl: string | null;
  downloadMasterRefusal: string | null;
}

async function mediaOf(auth: Auth, versionId: string): Promise<ReviewMedia | null> {
  const data = await ok(
    auth,
    'query($id: ID!) { reviewVersion(id: $id) { reviewMedia { status downloadMasterUrl downloadMasterRefusal } } }',
    { id: versionId },
  );
  return (data.reviewVersion?.reviewMedia ?? null) as ReviewMedia | null;
}

const readyMedia = (auth: Auth, versionId: string) =>
  waitFor(
    async () => {
      const media = await mediaOf(auth, versionId);
      return media?.status === 'READY' ? media : undefined;
    },
    { timeoutMs: 120_000, what: 'the media ready for review' },
  );

async function masterDownloads(versionId: string, linkId: string): Promise<number> {
  const { reviewAudit } = await ok({ member: admin }, 'query($f: AuditFilter) { reviewAudit(filter: $f) { linkId } }', {
    f: { versionId, action: 'master.downloaded' },
  });
  return (reviewAudit as { linkId: string | null }[]).filter((entry) => entry.linkId === linkId).length;
}

beforeAll(async () => {
  // No delivery worker: a delivery stays queued until the test runs its job.
  test = await startTestSystem('rights-gate', { distribution: { DELIVERY_WORKER: 'false' } });
  system = test.system;
  admin = await test.token('ada', 'studio-r', ['admin']);
  clip = readFileSync(makeClip(join(test.workDir, 'clip.mp4'), { seconds: 1, width: 320, height: 180, audio: true }));
  const { createDestination } = await ok(
    { member: admin },
    'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id } }',
    { i: { name: 'Archive folder', kind: 'FOLDER', settings: { path: 'archive' } } },
  );
  destinationId = createDestination.id;
}, 120_000);

afterAll(async () => {
  await test?.stop();
});

describe('master downloads through a review link', () => {
  it('are refused with the reason while the licence has expired, nothing recorded, and allowed once it is extended', async () => {
    const { assetId, versionId } = await upload('licensed.mp4');
    await setExpiry(assetId, LICENSED);
    const { createShareLink } = await ok(
      { member: admin },
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token link { id } } }',
      { i: { scope: 'VERSION', assetId, versionId, permissions: ['VIEW', 'DOWNLOAD_MASTER'] } },
    );
    const opened = await fetch(new URL('/review-links/open', system.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: createShareLink.token, name: 'Gina Guest', email: 'gina@client.example' }),
    });
    expect(opened.status).toBe(200);
    const guest = { guest: ((await opened.json()) as { sessionToken: string }).sessionToken };
    const linkId = createShareLink.link.id as string;

    const licensed = await readyMedia(guest, versionId);
    expect(licensed).toMatchObject({ downloadMasterRefusal: null });
    const earlierUrl = licensed.downloadMasterUrl!;
    expect(earlierUrl).toBeTruthy();

    await setExpiry(assetId, EXPIRED);
    const refused = await fetch(new URL(earlierUrl, system.gatewayUrl));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: `The asset's rights forbid downloading its master: ${REASON}`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(await mediaOf(guest, versionId)).toEqual({
      status: 'READY',
      downloadMasterUrl: null,
      downloadMasterRefusal: `The asset's rights forbid downloading its master: ${REASON}`,
    });
    expect(await masterDownloads(versionId, linkId)).toBe(0);
    // Members are not gated: they download as their role allows.
    expect(await mediaOf({ member: admin }, versionId)).toMatchObject({ downloadMasterRefusal: null });
    expect((await mediaOf({ member: admin }, versionId))?.downloadMasterUrl).toBeTruthy();

    await setExpiry(assetId, LICENSED);
    const extended = (await mediaOf(guest, versionId))!;
    expect(extended.downloadMasterRefusal).toBeNull();
    const master = await fetch(new URL(extended.downloadMasterUrl!, system.gatewayUrl));
    expect(master.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await master.arrayBuffer()))
        .digest('hex'),
    ).toBe(createHash('sha256').update(clip).digest('hex'));
    expect(await masterDownloads(versionId, linkId)).toBe(1);
  }, 240_000);
});

describe('a delivery job', () => {
  it('fails with the reason when the licence expired between the request and the run, nothing delivered', async () => {
    const { assetId, versionId } = await upload('delivered.mp4');
    await waitFor(
      async () => {
        const { asset } = await ok(
          { member: admin },
          'query($id: ID!) { asset(id: $id) { versions { distributionStatus } } }',
          { id: assetId },
        );
        return asset?.versions?.[0]?.distributionStatus === 'AWAITING_APPROVAL';
      },
      { timeoutMs: 60_000, what: 'the version known to distribution' },
    );
    await setExpiry(assetId, LICENSED);
    const { deliverVersion } = await ok(
      { member: admin },
      'mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id status } }',
      { i: { versionId, profileIds: ['wav-48k-24bit'], destinationIds: [destinationId] } },
    );
    expect(deliverVersion.status).toBe('QUEUED');

    await setExpiry(assetId, EXPIRED);
    const distribution = system.services.distribution;
    const [job]: { id: string }[] = await distribution.dataSource.query(
      `SELECT id FROM delivery_jobs WHERE payload->>'deliveryId' = $1`,
      [deliverVersion.id],
    );
    await distribution.worker.run(job.id);

    const { asset } = await ok(
      { member: admin },
      'query($id: ID!) { asset(id: $id) { deliveries(first: 5) { id status reason outputs { status reason transfers { status } } } } }',
      { id: assetId },
    );
    const reason = `the asset's rights forbid this delivery: ${REASON}`;
    expect(asset.deliveries).toEqual([
      { id: deliverVersion.id, status: 'FAILED', reason, outputs: [{ status: 'FAILED', reason, transfers: [] }] },
    ]);
  }, 180_000);
});
