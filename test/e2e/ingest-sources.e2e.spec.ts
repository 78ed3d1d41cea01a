import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import sharp from 'sharp';
import { Client as ElasticsearchClient } from '@elastic/elasticsearch';
import { dropDatabase } from '@mam/db';
import { issueUserToken } from '@mam/gateway/src/auth/jwt';
import { startSystem, type RunningSystem } from '@mam/system';
import { graphqlRequest, makeClip, testInfrastructure, testSecret, uniqueName, waitFor } from '@mam/testkit';

const infra = testInfrastructure();
const name = uniqueName('sources');
const jwtSecret = testSecret();
const workDir = mkdtempSync(join(tmpdir(), 'mam-sources-'));
const watchDir = join(workDir, 'watch');
let system: RunningSystem;
let editor: string;

beforeAll(async () => {
  mkdirSync(watchDir);
  system = await startSystem({
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: name,
    kafkaBrokers: infra.kafkaBrokers,
    topicPrefix: `${name}.`,
    elasticsearchUrl: infra.elasticsearchUrl,
    searchIndex: name,
    gatewaySecret: testSecret(),
    jwtSecret,
    mediaSecret: testSecret(),
    dataDir: join(workDir, 'data'),
    ingest: { WATCH_DIR: watchDir, WATCH_WORKSPACE: 'studio-a', WATCH_STABLE_SECONDS: '1' },
    port: 0,
    logLevel: 'silent',
  });
  editor = await issueUserToken(jwtSecret, { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor'] });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  for (const service of ['assets', 'ingest', 'review', 'distribution', 'archive']) await dropDatabase(`${infra.databaseUrlBase}/${name}_${service}`);
  const es = new ElasticsearchClient({ node: infra.elasticsearchUrl });
  await es.indices.delete({ index: `${name}-*` }).catch(() => undefined);
  await es.close();
});

const query = (text: string, variables?: Record<string, unknown>) => graphqlRequest(system.gatewayUrl, text, { variables, authorization: `Bearer ${editor}` });

describe('other ingest sources and live progress', () => {
  it('ingests a file dropped in the watch folder once it stops growing, then moves it to done/', async () => {
    const still = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
    writeFileSync(join(watchDir, 'location scout.jpg'), still);
    await waitFor(() => existsSync(join(watchDir, 'done', 'location scout.jpg')), { timeoutMs: 30_000, what: 'the file to move to done/' });
    expect(readdirSync(watchDir).filter((f) => !f.startsWith('.'))).toEqual(['done', 'failed']);
    const [row] = await system.services.ingest.dataSource.query(`SELECT asset_id, source, filename, workspace_id FROM uploads WHERE source = 'watch-folder'`);
    expect(row).toMatchObject({ filename: 'location scout.jpg', workspace_id: 'studio-a' });
    const asset = await waitFor(async () => {
      const found = (await query('query($id: ID!) { asset(id: $id) { title ingestStatus currentVersion { renditions { kind status width } } } }', { id: row.asset_id })).data?.asset;
      return found?.ingestStatus === 'READY' ? found : undefined;
    }, { what: 'the watch-folder file to be ready' });
    expect(asset.title).toBe('location scout.jpg');
    expect(asset.currentVersion.renditions).toEqual([{ kind: 'preview', status: 'READY', width: 800 }]);
  });

  it('takes a small file through the GraphQL mutation into the same pipeline', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
    const made = await query('mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId versionId filename } }', { input: { filename: 'logo.png', contentBase64: png.toString('base64'), title: 'Channel logo' } });
    expect(made.errors).toBeUndefined();
    const { assetId } = made.data!.uploadSmallFile;
    const asset = await waitFor(async () => {
      const found = (await query('query($id: ID!) { asset(id: $id) { title ingestStatus currentVersion { technicalMetadata { mediaKind width height } } } }', { id: assetId })).data?.asset;
      return found?.ingestStatus === 'READY' ? found : undefined;
    }, { what: 'the small file to be ready' });
    expect(asset).toMatchObject({ title: 'Channel logo', currentVersion: { technicalMetadata: { mediaKind: 'image', width: 64, height: 48 } } });
    const tooBig = await query('mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId } }', { input: { filename: 'x.bin', contentBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64') } });
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('streams per-job progress of a new version over ingestProgress through the gateway, and retries a rendition', async () => {
    const created = await query('mutation { createAsset(input: {title: "Interview, camera B"}) { id } }');
    const assetId = created.data!.createAsset.id;
    await waitFor(async () => (await system.services.ingest.dataSource.query('SELECT 1 FROM asset_access WHERE asset_id = $1', [assetId])).length > 0, { what: 'ingest to learn the asset' });

    const client = createClient({ url: system.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${editor}` }, retryAttempts: 0 });
    const updates: { kind: string; status: string; progress: number }[] = [];
    const unsubscribe = client.subscribe<{ ingestProgress: { kind: string; status: string; progress: number } }>(
      { query: 'subscription($id: ID!) { ingestProgress(assetId: $id) { kind status progress } }', variables: { id: assetId } },
      { next: (result) => result.data && updates.push(result.data.ingestProgress), error: () => undefined, complete: () => undefined },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const clip = makeClip(join(workDir, 'camera-b.mp4'), { seconds: 3, width: 640, height: 360 });
      const made = await query('mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { versionId } }', { input: { filename: 'camera-b.mp4', contentBase64: readFileSync(clip).toString('base64'), assetId } });
      expect(made.errors).toBeUndefined();
      await waitFor(() => ['proxy', 'poster', 'thumbnails', 'filmstrip', 'waveform'].every((kind) => updates.some((u) => u.kind === kind && u.status === 'READY' && u.progress === 1)), { timeoutMs: 60_000, what: 'every rendition to report READY' });
      expect(updates.some((u) => u.kind === 'ingest' && u.status === 'RUNNING')).toBe(true);

      const versions = (await query('query($id: ID!) { asset(id: $id) { currentVersion { number renditions { id kind status } } } }', { id: assetId })).data!.asset.currentVersion;
      expect(versions.number).toBe(1);
      const poster = versions.renditions.find((r: { kind: string }) => r.kind === 'poster');
      const retried = await query('mutation($id: ID!) { retryRendition(id: $id) { kind status } }', { id: poster.id });
      expect(retried.data!.retryRendition).toEqual({ kind: 'poster', status: 'QUEUED' });
      await waitFor(() => updates.filter((u) => u.kind === 'poster' && u.status === 'READY').length >= 2, { what: 'the retried poster to be ready again' });
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });
});
