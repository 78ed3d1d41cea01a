import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import sharp from 'sharp';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

const watchDir = mkdtempSync(join(tmpdir(), 'mam-watch-'));
let test: TestSystem;
let system: RunningSystem;
let editor: string;
let workDir: string;

beforeAll(async () => {
  test = await startTestSystem('sources', {
    ingest: {
      WATCH_DIR: watchDir,
      WATCH_WORKSPACE: 'studio-a',
      WATCH_STABLE_SECONDS: '1',
      UPLOAD_EXPIRY_HOURS: '0.0003',
    },
  });
  system = test.system;
  workDir = test.workDir;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

const query = (text: string, variables?: Record<string, unknown>) =>
  graphqlRequest(system.gatewayUrl, text, { variables, authorization: `Bearer ${editor}` });

describe('other ingest sources and live progress', () => {
  it('ingests a file dropped in the watch folder once it stops growing, then moves it to done/', async () => {
    const still = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 120, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    writeFileSync(join(watchDir, 'location scout.jpg'), still);
    await waitFor(() => existsSync(join(watchDir, 'done', 'location scout.jpg')), {
      timeoutMs: 30_000,
      what: 'the file to move to done/',
    });
    expect(readdirSync(watchDir).filter((f) => !f.startsWith('.'))).toEqual(['done', 'failed']);
    const [row] = await system.services.ingest.dataSource.query(
      `SELECT asset_id, source, filename, workspace_id FROM uploads WHERE source = 'watch-folder'`,
    );
    expect(row).toMatchObject({ filename: 'location scout.jpg', workspace_id: 'studio-a' });
    const asset = await waitFor(
      async () => {
        const found = (
          await query(
            'query($id: ID!) { asset(id: $id) { title ingestStatus currentVersion { renditions { kind status width } } } }',
            { id: row.asset_id },
          )
        ).data?.asset;
        return found?.ingestStatus === 'READY' ? found : undefined;
      },
      { what: 'the watch-folder file to be ready' },
    );
    expect(asset.title).toBe('location scout.jpg');
    expect(asset.currentVersion.renditions).toEqual([{ kind: 'preview', status: 'READY', width: 800 }]);
  });

  it('takes a small file through the GraphQL mutation into the same pipeline', async () => {
    const png = await sharp({
      create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const made = await query(
      'mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId versionId filename } }',
      { input: { filename: 'logo.png', contentBase64: png.toString('base64'), title: 'Channel logo' } },
    );
    expect(made.errors).toBeUndefined();
    const { assetId } = made.data!.uploadSmallFile;
    const asset = await waitFor(
      async () => {
        const found = (
          await query(
            'query($id: ID!) { asset(id: $id) { title ingestStatus currentVersion { technicalMetadata { mediaKind width height } } } }',
            { id: assetId },
          )
        ).data?.asset;
        return found?.ingestStatus === 'READY' ? found : undefined;
      },
      { what: 'the small file to be ready' },
    );
    expect(asset).toMatchObject({
      title: 'Channel logo',
      currentVersion: { technicalMetadata: { mediaKind: 'image', width: 64, height: 48 } },
    });
    const tooBig = await query(
      'mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId } }',
      { input: { filename: 'x.bin', contentBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64') } },
    );
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('streams per-job progress of a new version over ingestProgress through the gateway, and retries a rendition', async () => {
    const created = await query('mutation { createAsset(input: {title: "Interview, camera B"}) { id } }');
    const assetId = created.data!.createAsset.id;
    await waitFor(
      async () =>
        (await system.services.ingest.dataSource.query('SELECT 1 FROM asset_access WHERE asset_id = $1', [assetId]))
          .length > 0,
      { what: 'ingest to learn the asset' },
    );

    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${editor}` },
      retryAttempts: 0,
    });
    const updates: { kind: string; status: string; progress: number }[] = [];
    const unsubscribe = client.subscribe<{ ingestProgress: { kind: string; status: string; progress: number } }>(
      {
        query: 'subscription($id: ID!) { ingestProgress(assetId: $id) { kind status progress } }',
        variables: { id: assetId },
      },
      {
        next: (result) => result.data && updates.push(result.data.ingestProgress),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const clip = makeClip(join(workDir, 'camera-b.mp4'), { seconds: 3, width: 640, height: 360 });
      const made = await query(
        'mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { versionId } }',
        { input: { filename: 'camera-b.mp4', contentBase64: readFileSync(clip).toString('base64'), assetId } },
      );
      expect(made.errors).toBeUndefined();
      await waitFor(
        () =>
          ['proxy', 'poster', 'thumbnails', 'filmstrip', 'waveform'].every((kind) =>
            updates.some((u) => u.kind === kind && u.status === 'READY' && u.progress === 1),
          ),
        { timeoutMs: 60_000, what: 'every rendition to report READY' },
      );
      expect(updates.some((u) => u.kind === 'ingest' && u.status === 'RUNNING')).toBe(true);

      const versions = (
        await query('query($id: ID!) { asset(id: $id) { currentVersion { number renditions { id kind status } } } }', {
          id: assetId,
        })
      ).data!.asset.currentVersion;
      expect(versions.number).toBe(1);
      const poster = versions.renditions.find((r: { kind: string }) => r.kind === 'poster');
      const retried = await query('mutation($id: ID!) { retryRendition(id: $id) { kind status } }', { id: poster.id });
      expect(retried.data!.retryRendition).toEqual({ kind: 'poster', status: 'QUEUED' });
      await waitFor(() => updates.filter((u) => u.kind === 'poster' && u.status === 'READY').length >= 2, {
        what: 'the retried poster to be ready again',
      });
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });

  it('removes partial uploads past their expiry', async () => {
    const created = await fetch(new URL('/files', system.gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${editor}`,
        'tus-resumable': '1.0.0',
        'upload-length': '1000',
        'upload-metadata': `filename ${Buffer.from('abandoned.mov').toString('base64')}`,
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('upload-expires')).toBeTruthy();
    const url = created.headers.get('location')!;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await system.services.ingest.cleanUpExpiredUploads()).toBeGreaterThanOrEqual(1);
    const head = await fetch(url, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${editor}`, 'tus-resumable': '1.0.0' },
    });
    expect([404, 410]).toContain(head.status);
    const [row] = await system.services.ingest.dataSource.query('SELECT status FROM uploads WHERE id = $1', [
      url.split('/').pop(),
    ]);
    expect(row.status).toBe('expired');
  });
});
