import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import * as tus from 'tus-js-client';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let editor: string;
let filesUrl: string;

beforeAll(async () => {
  test = await startTestSystem('uploadlife');
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
  filesUrl = new URL('/files', system.gatewayUrl).toString();
}, 120_000);

afterAll(() => test?.stop());

const encodeMetadata = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
const decodeMetadata = (header: string | null) =>
  Object.fromEntries(
    (header ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [key, value] = pair.split(' ');
        return [key, Buffer.from(value ?? '', 'base64').toString('utf8')];
      }),
  );

const tusHeaders = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${editor}`,
  'tus-resumable': '1.0.0',
  ...extra,
});

async function png(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 24, channels: 3, background: { r: seed % 256, g: 40, b: 90 } } })
    .png()
    .toBuffer();
}

/** An upload with tus-js-client, as a browser or partner app makes it. */
function clientUpload(
  body: Buffer,
  metadata: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new tus.Upload(body, {
      endpoint: filesUrl,
      metadata,
      headers: { authorization: `Bearer ${editor}`, ...headers },
      retryDelays: [0, 200, 500],
      onError: reject,
      onSuccess: () => resolve(upload.url!),
    });
    upload.start();
  });
}

async function asset(id: string) {
  const response = await graphqlRequest(
    system.gatewayUrl,
    'query($id: ID!) { asset(id: $id) { id ingestStatus versions { number } } }',
    { variables: { id }, authorization: `Bearer ${editor}` },
  );
  return response.data?.asset as
    { id: string; ingestStatus: string; versions: { number: number }[] } | null | undefined;
}

const uploadRow = async (id: string) =>
  (await system.services.ingest.dataSource.query('SELECT status, asset_id FROM uploads WHERE id = $1', [id]))[0];
const idOf = (url: string) => url.split('/').pop()!;

describe('a finished tus upload', () => {
  it('still answers HEAD with its full offset, asset and version after its file became the master', async () => {
    const body = await png(1);
    const url = await clientUpload(body, { filename: 'still-there.png' });
    await waitFor(async () => (await uploadRow(idOf(url)))?.status === 'stored', { what: 'the master to be stored' });

    const head = await fetch(url, { method: 'HEAD', headers: tusHeaders() });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(body.length));
    expect(head.headers.get('upload-length')).toBe(String(body.length));
    const metadata = decodeMetadata(head.headers.get('upload-metadata'));
    const row = await uploadRow(idOf(url));
    expect(metadata).toMatchObject({ filename: 'still-there.png', assetId: row.asset_id });
    expect(metadata.versionId).toMatch(/^[0-9a-f-]{36}$/);

    // A client that lost the last answer and resumes by URL finds it complete: nothing more is sent.
    const resumed = await new Promise<string>((resolve, reject) => {
      const upload = new tus.Upload(body, {
        endpoint: filesUrl,
        uploadUrl: url,
        headers: { authorization: `Bearer ${editor}` },
        retryDelays: [],
        onError: reject,
        onSuccess: () => resolve(upload.url!),
      });
      upload.start();
    });
    expect(resumed).toBe(url);
    expect(
      (
        await system.services.ingest.dataSource.query('SELECT count(*)::int AS n FROM uploads WHERE asset_id = $1', [
          row.asset_id,
        ])
      )[0].n,
    ).toBe(1);

    // Nor can it be terminated: it is a version now.
    expect((await fetch(url, { method: 'DELETE', headers: tusHeaders() })).status).toBe(400);
  });

  it('is answered again, not duplicated, when created twice with the same Idempotency-Key or fingerprint', async () => {
    const body = await png(2);
    const first = await clientUpload(body, { filename: 'once.png' }, { 'Idempotency-Key': 'camera-card-7/once.png' });
    const again = await fetch(filesUrl, {
      method: 'POST',
      headers: tusHeaders({
        'upload-length': String(body.length),
        'upload-metadata': encodeMetadata({ filename: 'once.png' }),
        'idempotency-key': 'camera-card-7/once.png',
      }),
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('location')).toBe(first);
    expect(again.headers.get('upload-offset')).toBe(String(body.length));

    // tus-js-client sending its fingerprint as metadata: the repeat resumes the first upload.
    const other = await png(3);
    const viaFingerprint = await clientUpload(other, {
      filename: 'twice.png',
      fingerprint: 'tus-br-twice.png-image/png-123',
    });
    const repeated = await clientUpload(other, {
      filename: 'twice.png',
      fingerprint: 'tus-br-twice.png-image/png-123',
    });
    expect(repeated).toBe(viaFingerprint);
    const rows = await system.services.ingest.dataSource.query(
      `SELECT DISTINCT asset_id FROM uploads WHERE filename = 'twice.png'`,
    );
    expect(rows).toHaveLength(1);

    // A creation that was recorded but never got its file frees its key after a minute.
    const half = await fetch(filesUrl, {
      method: 'POST',
      headers: tusHeaders({
        'upload-length': '10',
        'upload-metadata': encodeMetadata({ filename: 'half.png' }),
        'idempotency-key': 'half-made',
      }),
    });
    const halfId = idOf(half.headers.get('location')!);
    const uploadDir = join(test.workDir, 'data', 'uploads');
    rmSync(join(uploadDir, halfId), { force: true });
    rmSync(join(uploadDir, `${halfId}.json`), { force: true });
    await system.services.ingest.dataSource.query(
      `UPDATE uploads SET created_at = now() - interval '2 minutes' WHERE id = $1`,
      [halfId],
    );
    const fresh = await fetch(filesUrl, {
      method: 'POST',
      headers: tusHeaders({
        'upload-length': '10',
        'upload-metadata': encodeMetadata({ filename: 'half.png' }),
        'idempotency-key': 'half-made',
      }),
    });
    expect(fresh.status).toBe(201);
    expect(idOf(fresh.headers.get('location')!)).not.toBe(halfId);
    expect((await uploadRow(halfId)).status).toBe('terminated');

    // Someone else's key is theirs: another uploader with the same key gets an upload of their own.
    const colleague = await test.token('editor-2', 'studio-a', ['editor']);
    const theirs = await fetch(filesUrl, {
      method: 'POST',
      headers: {
        ...tusHeaders({
          'upload-length': '10',
          'upload-metadata': encodeMetadata({ filename: 'once.png' }),
          'idempotency-key': 'camera-card-7/once.png',
        }),
        authorization: `Bearer ${colleague}`,
      },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('location')).not.toBe(first);
  });
});

describe('a new version that never arrives', () => {
  let assetId: string;

  beforeAll(async () => {
    const url = await clientUpload(await png(4), { filename: 'master.png' });
    assetId = (await uploadRow(idOf(url))).asset_id;
    await waitFor(async () => (await asset(assetId))?.ingestStatus === 'READY', {
      what: 'the first version to be ready',
    });
  });

  async function startVersion(): Promise<string> {
    const created = await fetch(filesUrl, {
      method: 'POST',
      headers: tusHeaders({
        'upload-length': '1000',
        'upload-metadata': encodeMetadata({ filename: 'master-v2.png', assetId }),
      }),
    });
    expect(created.status).toBe(201);
    expect((await asset(assetId))?.ingestStatus).toBe('UPLOADING');
    return created.headers.get('location')!;
  }

  it('puts the asset back to READY when its client terminates it', async () => {
    const url = await startVersion();
    expect((await fetch(url, { method: 'DELETE', headers: tusHeaders() })).status).toBe(204);
    expect(await asset(assetId)).toMatchObject({ ingestStatus: 'READY', versions: [{ number: 1 }] });
    expect((await uploadRow(idOf(url))).status).toBe('terminated');
    expect((await fetch(url, { method: 'HEAD', headers: tusHeaders() })).status).toBe(404);
  });

  it('puts the asset back to READY when it expires', async () => {
    const url = await startVersion();
    await system.services.ingest.dataSource.query(
      `UPDATE uploads SET created_at = now() - interval '25 hours' WHERE id = $1`,
      [idOf(url)],
    );
    await system.services.ingest.cleanUpExpiredUploads();
    expect(await asset(assetId)).toMatchObject({ ingestStatus: 'READY', versions: [{ number: 1 }] });
    expect((await uploadRow(idOf(url))).status).toBe('expired');
  });

  it('keeps UPLOADING while another upload of the asset is still under way', async () => {
    const stays = await startVersion();
    const cancelled = await startVersion();
    expect((await fetch(cancelled, { method: 'DELETE', headers: tusHeaders() })).status).toBe(204);
    expect((await asset(assetId))?.ingestStatus).toBe('UPLOADING');
    expect((await fetch(stays, { method: 'DELETE', headers: tusHeaders() })).status).toBe(204);
    expect((await asset(assetId))?.ingestStatus).toBe('READY');
  });
});
