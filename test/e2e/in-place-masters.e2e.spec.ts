import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedRequestHeaders, type Identity } from '@mam/graphql';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';

/** The studio's NAS: the local source root, with one card folder of recordings. */
const nas = mkdtempSync(join(tmpdir(), 'mam-nas-'));
const card = join(nas, 'card-c');
const source = join(card, 'room tone.wav');
const WORKSPACE = 'studio-nas';
/** PCM in, PCM out, no loudness change: the delivered samples are the master's samples. */
const PCM_PROFILE = {
  container: 'wav',
  timecode: 'none',
  audio: { codec: 'pcm_s16le', channels: 2, tracks: 1, sampleRate: 48000, bitDepth: 16 },
};

let test: TestSystem;
let system: RunningSystem;
let admin = '';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The decoded samples of a sound file, as 16-bit stereo PCM at 48 kHz. */
function samples(path: string): Buffer {
  const decoded = spawnSync('ffmpeg', ['-v', 'error', '-i', path, '-f', 's16le', '-ac', '2', '-ar', '48000', '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  if (decoded.status !== 0) throw new Error(`ffmpeg could not decode ${path}: ${decoded.stderr.toString()}`);
  return decoded.stdout;
}

async function gql(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A read of ingest's master route as a platform service (or as `identity`), signed and bound to the request. */
async function readMaster(versionId: string, range?: string, identity?: Identity) {
  const target = new URL(`/drive/versions/${versionId}/master`, system.services.ingest.url);
  const signer: Identity = identity ?? { subject: 'distribution', workspaceId: WORKSPACE, roles: [], kind: 'system' };
  const headers = await signedRequestHeaders(signer, test.gatewaySecret, { method: 'GET', path: target.pathname });
  const response = await fetch(target, { headers: { ...headers, ...(range ? { range } : {}) } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  mkdirSync(card, { recursive: true });
  // One second of seeded noise: no other file decodes to these samples.
  ffmpeg(['-f', 'lavfi', '-i', 'anoisesrc=d=1:c=pink:r=48000:a=0.3:s=7', '-ac', '2', '-c:a', 'pcm_s16le', source]);
  test = await startTestSystem('in-place-masters', {
    ingest: { LOCAL_SOURCE_ROOT: nas, SOURCE_POLL_MS: '200' },
    archive: { FIXITY_INTERVAL_SECONDS: '0', ARCHIVE_POLICY_SCHEDULE_SECONDS: '0' },
  });
  system = test.system;
  admin = await test.token('nia', WORKSPACE, ['admin']);
}, 180_000);

afterAll(async () => {
  await test?.stop();
  rmSync(nas, { recursive: true, force: true });
});

describe('masters ingested in place, delivered and archived', () => {
  let assetId = '';
  let versionId = '';
  const master = () => readFileSync(source);

  it('ingests a recording on a NAS folder in place, its master readable from ingest with ranges', async () => {
    const made = await gql('mutation($i: CreateStorageSourceInput!) { createStorageSource(input: $i) { id mode } }', {
      i: { name: 'Card C (NAS)', kind: 'LOCAL', settings: { path: 'card-c' } },
    });
    expect(made.createStorageSource.mode).toBe('IN_PLACE');
    const [row] = await waitFor(
      async () => {
        const rows: { asset_id: string; version_id: string; master_key: string | null }[] =
          await system.services.ingest.dataSource.query(
            `SELECT asset_id, version_id, master_key FROM uploads WHERE source_path = 'room tone.wav' AND status = 'stored'`,
          );
        return rows.length ? rows : undefined;
      },
      { timeoutMs: 60_000, what: 'the recording to be ingested' },
    );
    expect(row.master_key).toBeNull();
    ({ asset_id: assetId, version_id: versionId } = row);
    const { asset } = await waitFor(
      async () => {
        const data = await gql(
          'query($id: ID!) { asset(id: $id) { versions { id sha256 distributionStatus storageTier } } }',
          { id: assetId },
        );
        const [version] = data.asset?.versions ?? [];
        return version?.distributionStatus === 'AWAITING_APPROVAL' && version.storageTier === 'HOT' ? data : undefined;
      },
      { timeoutMs: 60_000, what: 'the version known to distribution and archive' },
    );
    expect(asset.versions[0].sha256).toBe(sha256(master()));

    const whole = await readMaster(versionId);
    expect(whole.status).toBe(200);
    expect(sha256(whole.body)).toBe(sha256(master()));
    const part = await readMaster(versionId, 'bytes=1000-1999');
    expect(part.status).toBe(206);
    expect(part.body.equals(master().subarray(1000, 2000))).toBe(true);
    // A person's identity still needs a role on the asset that may read masters.
    const viewer = await readMaster(versionId, undefined, {
      subject: 'vic',
      workspaceId: WORKSPACE,
      roles: ['viewer'],
      kind: 'user',
      workspaceRole: 'viewer',
    });
    expect(viewer.status).toBe(403);
    const otherWorkspace = await readMaster(versionId, undefined, {
      subject: 'distribution',
      workspaceId: 'elsewhere',
      roles: [],
      kind: 'system',
    });
    expect(otherWorkspace.status).toBe(404);
  });

  it('delivers the in-place master to a folder: the delivered samples are the recording’s', async () => {
    const { createDeliveryProfile } = await gql(
      'mutation($i: CreateDeliveryProfileInput!) { createDeliveryProfile(input: $i) { id } }',
      { i: { name: 'PCM as recorded', spec: PCM_PROFILE } },
    );
    const { createDestination } = await gql(
      'mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id } }',
      { i: { name: 'Dubbing stage', kind: 'FOLDER', settings: { path: 'dubbing' } } },
    );
    const { deliverVersion } = await gql('mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }', {
      i: { versionId, profileIds: [createDeliveryProfile.id], destinationIds: [createDestination.id] },
    });
    const delivery = await waitFor(
      async () => {
        const found = (
          await gql(
            'query($id: ID!) { delivery(id: $id) { status reason outputs { status reason files transfers { status location } } } }',
            { id: deliverVersion.id },
          )
        ).delivery;
        return ['DELIVERED', 'FAILED'].includes(found.status) ? found : undefined;
      },
      { timeoutMs: 120_000, what: 'the delivery of the in-place master' },
    );
    expect(delivery).toMatchObject({ status: 'DELIVERED', reason: null });
    const [output] = delivery.outputs;
    expect(output.transfers).toEqual([{ status: 'DELIVERED', location: expect.any(String) }]);
    const wav = output.files.find((file: string) => file.endsWith('.wav'));
    const delivered = join(output.transfers[0].location, wav);
    expect(sha256(samples(delivered))).toBe(sha256(samples(source)));
    expect(samples(source).length).toBe(48000 * 2 * 2);
    // Nothing of the master is left in distribution's work folder.
    expect(readdirSync(join(test.workDir, 'data', 'distribution'))).toEqual([]);
  });

  it('archives the in-place master: the bag holds the recording byte for byte, and the recording stays on the NAS', async () => {
    const job = (await gql('mutation($id: ID!) { archiveAsset(assetId: $id) { id } }', { id: assetId })).archiveAsset;
    const done = await waitFor(
      async () => {
        const found = (await gql('query($id: ID!) { archiveJob(id: $id) { status reason output } }', { id: job.id }))
          .archiveJob;
        return ['READY', 'FAILED'].includes(found?.status) ? found : undefined;
      },
      { timeoutMs: 120_000, what: 'the archive of the in-place master' },
    );
    expect(done).toMatchObject({ status: 'READY', reason: null });
    expect(done.output.locations).toEqual(['archive-a', 'archive-b']);
    for (const location of ['archive-a', 'archive-b']) {
      const bag = join(test.workDir, 'data', location, done.output.bag);
      const [payload] = readdirSync(join(bag, 'data', 'v1'));
      expect(sha256(readFileSync(join(bag, 'data', 'v1', payload)))).toBe(sha256(master()));
      expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toContain(
        `${sha256(master())}  data/v1/${payload}\n`,
      );
    }
    // The studio's own storage is never emptied by an archive.
    expect(readdirSync(card)).toEqual(['room tone.wav']);
  });

  const archiveJob = async (mutation: 'archiveAsset' | 'restoreAsset') => {
    const job = (await gql(`mutation($id: ID!) { ${mutation}(assetId: $id) { id } }`, { id: assetId }))[mutation];
    return waitFor(
      async () => {
        const found = (await gql('query($id: ID!) { archiveJob(id: $id) { status reason } }', { id: job.id }))
          .archiveJob;
        return ['READY', 'FAILED'].includes(found?.status) ? found : undefined;
      },
      { timeoutMs: 120_000, what: `the ${mutation} job` },
    );
  };
  const tier = async () =>
    (await gql('query($id: ID!) { asset(id: $id) { storageTier } }', { id: assetId })).asset.storageTier;

  it('restores the in-place master where it is: read at its source against its recorded sha256', async () => {
    expect(await tier()).toBe('COLD');
    expect(await archiveJob('restoreAsset')).toEqual({ status: 'READY', reason: null });
    expect(await tier()).toBe('HOT');
    expect(readdirSync(card)).toEqual(['room tone.wav']);
    expect(await archiveJob('archiveAsset')).toEqual({ status: 'READY', reason: null });
    expect(await tier()).toBe('COLD');
  });

  it('refuses to serve a master that changed at its source since it was ingested, saying so', async () => {
    appendFileSync(source, Buffer.alloc(4096, 1));
    const changed = await readMaster(versionId);
    expect(changed.status).toBe(409);
    expect(changed.body.toString()).toContain('changed at the source');
    rmSync(source);
    const gone = await readMaster(versionId);
    expect(gone.status).toBe(409);
    expect(gone.body.toString()).toContain('no longer at');
    // Its restore says why it cannot be done where it is; the archived copy is kept.
    const restore = await archiveJob('restoreAsset');
    expect(restore.status).toBe('FAILED');
    expect(restore.reason).toMatch(
      /^the master was ingested in place and is not at its storage source as it was \(.*no longer at.*\); its archived copy stays in the package$/,
    );
    expect(await tier()).toBe('COLD');
  });
});
