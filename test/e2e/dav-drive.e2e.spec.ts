import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
const tokens = { editor: '', viewer: '' };
const passwords = { editor: '', viewer: '' };
type Who = keyof typeof tokens;

async function ok(who: Who, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response: GraphQLResponse = await graphqlRequest(system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${tokens[who]}`,
  });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const basic = (who: Who) => `Basic ${Buffer.from(`${who}-1:${passwords[who]}`).toString('base64')}`;
const davUrl = (path: string) => new URL(`/dav/${path}`, system.gatewayUrl).toString();

function dav(who: Who, method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  return fetch(davUrl(path), { method, headers: { authorization: basic(who), ...init.headers }, body: init.body });
}

/**
 * Runs rclone against the drive with the person's app password; returns stdout. Asynchronously:
 * the system under test runs in this very process.
 */
async function rclone(who: Who, args: string[]): Promise<string> {
  const obscured = spawnSync('rclone', ['obscure', passwords[who]], { encoding: 'utf8' }).stdout.trim();
  const { stdout } = await promisify(execFile)('rclone', [...args, '--low-level-retries', '1', '--retries', '1'], {
    encoding: 'utf8',
    timeout: 120_000, // a stuck rclone is killed, never left running after the test
    env: {
      ...process.env,
      RCLONE_CONFIG: '/dev/null',
      RCLONE_CONFIG_MAM_TYPE: 'webdav',
      RCLONE_CONFIG_MAM_URL: davUrl(''),
      RCLONE_CONFIG_MAM_VENDOR: 'other',
      RCLONE_CONFIG_MAM_USER: `${who}-1`,
      RCLONE_CONFIG_MAM_PASS: obscured,
    },
  });
  return stdout;
}

/** The status of a request sent with its path exactly as given (fetch would resolve dot segments first). */
function rawStatus(method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(system.gatewayUrl);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        headers: { authorization: basic('editor'), depth: '0' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let harbourId = '';
let clip = '';

beforeAll(async () => {
  test = await startTestSystem('dav-drive');
  system = test.system;
  tokens.editor = await test.token('editor-1', 'studio-a', ['editor']);
  tokens.viewer = await test.token('viewer-1', 'studio-a', ['viewer']);
  for (const who of ['editor', 'viewer'] as const) {
    const created = await ok(
      who,
      'mutation($name: String!) { createAppPassword(name: $name) { secret username mountUrl appPassword { id name } } }',
      { name: `${who} laptop` },
    );
    expect(created.createAppPassword.mountUrl).toMatch(/\/dav\/$/);
    expect(created.createAppPassword.username).toBe(`${who}-1`);
    passwords[who] = created.createAppPassword.secret;
  }
  harbourId = (await ok('editor', 'mutation { createCollection(input: { name: "Harbour: dawn" }) { id } }'))
    .createCollection.id;
  clip = makeClip(join(test.workDir, 'source.mp4'), { seconds: 2, width: 160, height: 90 });
}, 120_000);

afterAll(() => test?.stop());

async function assetsIn(collectionId: string): Promise<{ id: string; title: string; ingestStatus: string }[]> {
  const data = await ok(
    'editor',
    'query($id: ID!) { collection(id: $id) { assets(first: 50) { edges { node { id title ingestStatus } } } } }',
    { id: collectionId },
  );
  return data.collection.assets.edges.map((e: { node: unknown }) => e.node);
}

describe('the drive over WebDAV', () => {
  it('lists app passwords without their secrets and refuses a wrong or missing password with a Basic challenge', async () => {
    const listed = await ok('editor', '{ myAppPasswords { name revokedAt } }');
    expect(listed.myAppPasswords).toEqual([{ name: 'editor laptop', revokedAt: null }]);
    const missing = await fetch(davUrl(''), { method: 'PROPFIND', headers: { depth: '0' } });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = await fetch(davUrl(''), {
      method: 'PROPFIND',
      headers: { depth: '0', authorization: `Basic ${Buffer.from('editor-1:mamapp_nope').toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
  });

  it('takes a clip rclone copies into a collection folder as a new asset of that collection', async () => {
    await rclone('editor', ['copyto', clip, 'mam:Harbour_ dawn/Dawn patrol.mp4']);
    const [asset] = await assetsIn(harbourId);
    expect(asset.title).toBe('Dawn patrol');
    await waitFor(async () => (await assetsIn(harbourId))[0].ingestStatus === 'READY', {
      timeoutMs: 60_000,
      what: 'the clip to be ingested',
    });
  }, 90_000);

  it('lists the master and the proxy with their sizes, and reads the proxy back byte for byte, ranges too', async () => {
    const listing = JSON.parse(await rclone('editor', ['lsjson', 'mam:Harbour_ dawn'])) as {
      Name: string;
      Size: number;
    }[];
    const names = listing.map((e) => e.Name).sort();
    expect(names).toEqual(['Dawn patrol v1.proxy.mp4', 'Dawn patrol.mp4']);
    expect(listing.find((e) => e.Name === 'Dawn patrol.mp4')!.Size).toBe(statSync(clip).size);
    const proxy = listing.find((e) => e.Name === 'Dawn patrol v1.proxy.mp4')!;
    expect(proxy.Size).toBeGreaterThan(1000);

    await rclone('editor', ['copyto', 'mam:Harbour_ dawn/Dawn patrol v1.proxy.mp4', join(test.workDir, 'proxy.mp4')]);
    const whole = readFileSync(join(test.workDir, 'proxy.mp4'));
    expect(whole.length).toBe(proxy.Size);
    expect(whole.subarray(4, 8).toString('latin1')).toBe('ftyp');

    const part = await dav('editor', 'GET', 'Harbour_%20dawn/Dawn%20patrol%20v1.proxy.mp4', {
      headers: { range: 'bytes=100-199' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${proxy.Size}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(100, 200));

    const master = await dav('editor', 'GET', 'Harbour_%20dawn/Dawn%20patrol.mp4');
    expect(master.status).toBe(200);
    expect(Buffer.from(await master.arrayBuffer())).toEqual(readFileSync(clip));
    const head = await dav('editor', 'HEAD', 'Harbour_%20dawn/Dawn%20patrol.mp4');
    const again = await dav('editor', 'GET', 'Harbour_%20dawn/Dawn%20patrol.mp4', {
      headers: { 'if-none-match': head.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  }, 60_000);

  it("keeps masters from a viewer's app password: only the proxy is listed, and the master path reads nothing", async () => {
    const listing = JSON.parse(await rclone('viewer', ['lsjson', 'mam:Harbour_ dawn'])) as { Name: string }[];
    expect(listing.map((e) => e.Name)).toEqual(['Dawn patrol v1.proxy.mp4']);
    const master = await dav('viewer', 'GET', 'Harbour_%20dawn/Dawn%20patrol.mp4');
    expect(master.status).toBe(404);
    expect((await dav('viewer', 'GET', 'Harbour_%20dawn/Dawn%20patrol%20v1.proxy.mp4')).status).toBe(200);
    const put = await dav('viewer', 'PUT', 'Harbour_%20dawn/sneaky.txt', { body: 'nope' });
    expect(put.status).toBe(403);
  });

  it('records every read in the audit trail', async () => {
    const [asset] = await assetsIn(harbourId);
    const data = await ok('editor', 'query($id: ID!) { asset(id: $id) { currentVersion { id } } }', { id: asset.id });
    expect(data.asset.currentVersion.id).toBeTruthy();
    // The log of reads is review's audit trail; the drive's reads show there as downloads.
    const audit = await waitFor(
      async () => {
        const response = await graphqlRequest(
          system.gatewayUrl,
          'query($id: ID!) { asset(id: $id) { review { auditTrail { action actor } } } }',
          { variables: { id: asset.id }, authorization: `Bearer ${tokens.editor}` },
        );
        const actions = (response.data?.asset?.review?.auditTrail ?? []).map(
          (e: { action: string; actor: string }) => `${e.action} ${e.actor}`,
        );
        return (
          actions.includes('master.downloaded editor-1') && actions.includes('proxy.downloaded viewer-1') && actions
        );
      },
      { what: 'drive reads in the audit trail' },
    );
    expect(audit).toEqual(expect.arrayContaining(['proxy.downloaded editor-1']));
  });

  it('points the FCPXML of a collection at the drive, proxies or (conform) masters', async () => {
    const exported = await ok(
      'editor',
      'query($id: ID!, $conform: Boolean) { exportCollectionForEditing(collectionId: $id, format: FCPXML, drive: true, conform: $conform) { content media { filename proxyFilename } } }',
      { id: harbourId },
    );
    const { content, media } = exported.exportCollectionForEditing;
    expect(media).toEqual([{ filename: 'Dawn patrol.mp4', proxyFilename: 'Dawn patrol v1.proxy.mp4' }]);
    expect(content).toContain('src="file:///Volumes/dav/Harbour_%20dawn/Dawn%20patrol.mp4"');
    expect(content).toContain('src="file:///Volumes/dav/Harbour_%20dawn/Dawn%20patrol%20v1.proxy.mp4"');
    const conform = await ok(
      'editor',
      'query($id: ID!) { exportCollectionForEditing(collectionId: $id, format: FCPXML, drive: true, conform: true, mediaBaseUrl: "file:///mnt/mam/") { content } }',
      { id: harbourId },
    );
    expect(conform.exportCollectionForEditing.content).toContain(
      'src="file:///mnt/mam/Harbour_%20dawn/Dawn%20patrol.mp4"',
    );
    expect(conform.exportCollectionForEditing.content).not.toContain('proxy.mp4');
  });

  it('refuses bad input with a clear status and changes nothing', async () => {
    const infinite = await dav('editor', 'PROPFIND', '', { headers: { depth: 'infinity' } });
    expect(infinite.status).toBe(403);
    expect(await infinite.text()).toContain('<D:propfind-finite-depth/>');
    const noDepth = await dav('editor', 'PROPFIND', '');
    expect(noDepth.status).toBe(403);

    const chunked = await fetch(davUrl('Harbour_%20dawn/stream.txt'), {
      method: 'PUT',
      headers: { authorization: basic('editor') },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('no length'));
          controller.close();
        },
      }),
      duplex: 'half',
    });
    expect(chunked.status).toBe(411);

    expect(await rawStatus('PROPFIND', '/dav/Harbour_%20dawn/../')).toBe(400);
    expect(await rawStatus('PROPFIND', '/dav/Harbour_%20dawn/%2e%2e/')).toBe(400);
    expect((await dav('editor', 'PROPFIND', 'Harbour_%20dawn%2Fx', { headers: { depth: '0' } })).status).toBe(400);
    const colon = await dav('editor', 'PUT', 'Harbour_%20dawn/a%3Ab.txt', { body: 'x' });
    expect(colon.status).toBe(400);
    expect(await colon.text()).toContain('cannot contain');
    expect((await assetsIn(harbourId)).map((a) => a.title)).toEqual(['Dawn patrol']);
  });

  it('deleting a file only takes the asset out of the collection, and a revoked app password stops at once', async () => {
    const [asset] = await assetsIn(harbourId);
    expect((await dav('editor', 'DELETE', 'Harbour_%20dawn/Dawn%20patrol.mp4')).status).toBe(204);
    expect(await assetsIn(harbourId)).toEqual([]);
    const still = await ok('editor', 'query($id: ID!) { asset(id: $id) { title } }', { id: asset.id });
    expect(still.asset.title).toBe('Dawn patrol');

    const [{ id }] = (await ok('viewer', '{ myAppPasswords { id } }')).myAppPasswords;
    expect((await ok('viewer', 'mutation($id: ID!) { revokeAppPassword(id: $id) }', { id })).revokeAppPassword).toBe(
      true,
    );
    expect((await dav('viewer', 'PROPFIND', '', { headers: { depth: '0' } })).status).toBe(401);
  });
});
