import { createHash } from 'node:crypto';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { RunningSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, makeClip, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

const MAX_UPLOAD = 8 * 1024 * 1024;
let test: TestSystem;
let system: RunningSystem;
const tokens: Record<string, string> = {};
let workDir: string;

beforeAll(async () => {
  // This machine's ingest has no PDF renderer (PDFTOPPM_PATH names a file that is not there).
  test = await startTestSystem('badinput', {
    ingest: {
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD),
      IMAGE_PIXEL_LIMIT: String(50_000_000),
      PDFTOPPM_PATH: '/nonexistent/poppler/pdftoppm',
    },
  });
  system = test.system;
  workDir = test.workDir;
  tokens.editor = await test.token('editor-1', 'studio-a', ['editor']);
  tokens.viewer = await test.token('viewer-1', 'studio-a', ['viewer']);
  tokens.outsider = await test.token('editor-9', 'studio-b', ['admin']);
}, 120_000);

afterAll(() => test?.stop());

const encodeMetadata = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** One tus creation-with-upload request carrying the whole file. */
async function tusUpload(
  body: Buffer,
  metadata: Record<string, string>,
  token = tokens.editor,
  extraHeaders: Record<string, string> = {},
) {
  return fetch(new URL('/files', system.gatewayUrl), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-length': String(body.length),
      'upload-metadata': encodeMetadata(metadata),
      'content-type': 'application/offset+octet-stream',
      ...extraHeaders,
    },
    body,
  });
}

async function uploadedAsset(response: Response): Promise<string> {
  expect([201, 204]).toContain(response.status);
  const id = response.headers.get('location')!.split('/').pop();
  return (await system.services.ingest.dataSource.query('SELECT asset_id FROM uploads WHERE id = $1', [id]))[0]
    .asset_id;
}

const ASSET_QUERY = `query($id: ID!) { asset(id: $id) { ingestStatus ingestStatusReason currentVersion { id filename sha256 technicalMetadata { mediaKind mimeType error } renditions { kind status } } } }`;

async function settled(assetId: string) {
  return waitFor(
    async () => {
      const response = await graphqlRequest(system.gatewayUrl, ASSET_QUERY, {
        variables: { id: assetId },
        authorization: `Bearer ${tokens.editor}`,
      });
      const asset = response.data?.asset;
      return asset && ['READY', 'FAILED'].includes(asset.ingestStatus) && asset.currentVersion ? asset : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300, what: `asset ${assetId} to settle` },
  );
}

async function masterKept(assetId: string): Promise<boolean> {
  const [row] = await system.services.ingest.dataSource.query(
    'SELECT master_key, size FROM uploads WHERE asset_id = $1',
    [assetId],
  );
  const blob = row?.master_key ? await system.services.ingest.storage.stat(row.master_key) : null;
  return blob !== null && blob.size === Number(row.size);
}

/** A PNG whose header claims the given size (with a valid CRC) and a token body. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

describe('bad input at ingest: each ends in a clear reason and nothing else harmed', () => {
  it('a truncated MP4 fails its own job with a reason, and its master is kept', async () => {
    const clip = makeClip(join(workDir, 'truncated.mp4'), { seconds: 2, width: 320, height: 240 });
    truncateSync(clip, Math.floor(statSync(clip).size / 2));
    const assetId = await uploadedAsset(await tusUpload(readFileSync(clip), { filename: 'truncated.mp4' }));
    const asset = await settled(assetId);
    expect(asset.ingestStatus).toBe('FAILED');
    expect(asset.ingestStatusReason).toMatch(/not a readable media file|moov atom not found|Invalid data/i);
    expect(asset.currentVersion.technicalMetadata.error).toBeTruthy();
    expect(await masterKept(assetId)).toBe(true);
  });

  it('a zero-byte file fails as empty', async () => {
    const assetId = await uploadedAsset(await tusUpload(Buffer.alloc(0), { filename: 'empty.mov' }));
    const asset = await settled(assetId);
    expect(asset.ingestStatus).toBe('FAILED');
    expect(asset.ingestStatusReason).toMatch(/empty/);
  });

  it('a text file renamed .mov is described as text, not video', async () => {
    const assetId = await uploadedAsset(
      await tusUpload(Buffer.from('Scene 1. EXT. HARBOUR - DAWN\nThe cranes stand still.\n'), {
        filename: 'script.mov',
      }),
    );
    const asset = await settled(assetId);
    expect(asset.currentVersion.technicalMetadata.mediaKind).not.toBe('video');
    expect(asset.currentVersion.technicalMetadata.mimeType).toMatch(/^text\//);
    expect(asset.currentVersion.renditions.every((r: { kind: string }) => r.kind !== 'proxy')).toBe(true);
    expect([asset.ingestStatus, asset.ingestStatusReason]).toEqual([
      'FAILED',
      'ingest: not a media file: the content is plain text',
    ]);
  });

  it('a PNG that claims 100000x100000 pixels is refused without being decoded', async () => {
    const assetId = await uploadedAsset(await tusUpload(pngClaiming(100_000, 100_000), { filename: 'huge.png' }));
    const asset = await settled(assetId);
    expect(asset.ingestStatus).toBe('FAILED');
    expect(asset.ingestStatusReason).toMatch(/100000x100000/);
    expect(await masterKept(assetId)).toBe(true);
  });

  it('an audio file with a corrupt header fails with a reason', async () => {
    const wav = join(workDir, 'corrupt.wav');
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000', '-t', '1', wav]);
    const bytes = readFileSync(wav);
    bytes.fill(0x5a, 12, 64); // keeps RIFF....WAVE, so it is recognised as audio, but wrecks the fmt chunk
    writeFileSync(wav, bytes);
    const assetId = await uploadedAsset(await tusUpload(bytes, { filename: 'corrupt.wav' }));
    const asset = await settled(assetId);
    expect(asset.currentVersion.technicalMetadata.mediaKind).toBe('audio');
    expect(asset.ingestStatus).toBe('FAILED');
    expect(asset.ingestStatusReason).toMatch(/^ingest: .{10,}/);
    expect(await masterKept(assetId)).toBe(true);
  });

  it('a PDF where pdftoppm is not installed is READY, its preview skipped with that reason', async () => {
    const pdf =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const assetId = await uploadedAsset(await tusUpload(Buffer.from(pdf), { filename: 'brief.pdf' }));
    const asset = await settled(assetId);
    expect([asset.ingestStatus, asset.ingestStatusReason]).toEqual([
      'READY',
      'preview: no preview: pdftoppm not installed',
    ]);
    expect(asset.currentVersion.renditions).toEqual([{ kind: 'preview', status: 'SKIPPED' }]);
  });

  it('a file name with ../ and non-Latin characters is kept as a plain name and stored under our own key', async () => {
    const clip = makeClip(join(workDir, 'tokyo.mp4'), { seconds: 1, width: 320, height: 240, audio: false });
    const assetId = await uploadedAsset(await tusUpload(readFileSync(clip), { filename: '../../東京タワー 夜景.mp4' }));
    const asset = await settled(assetId);
    expect(asset.currentVersion.filename).toBe('東京タワー 夜景.mp4');
    const [row] = await system.services.ingest.dataSource.query('SELECT master_key FROM uploads WHERE asset_id = $1', [
      assetId,
    ]);
    expect(row.master_key).toBe(`masters/${assetId}/${asset.currentVersion.id}/master`);
  });

  it('an upload larger than the limit is refused with 413 before any byte is stored', async () => {
    const response = await fetch(new URL('/files', system.gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.editor}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(MAX_UPLOAD + 1),
        'upload-metadata': encodeMetadata({ filename: 'big.mxf' }),
      },
    });
    expect(response.status).toBe(413);
  });

  it('a chunk whose sha256 does not match is refused with 460 and the offset stays put', async () => {
    const body = Buffer.from('0123456789abcdef'.repeat(64));
    const created = await fetch(new URL('/files', system.gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.editor}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(body.length),
        'upload-metadata': encodeMetadata({ filename: 'notes.txt' }),
      },
    });
    expect(created.status).toBe(201);
    const url = created.headers.get('location')!;
    const patch = (bytes: Buffer, checksum: Buffer) =>
      fetch(url, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${tokens.editor}`,
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          'upload-checksum': `sha256 ${createHash('sha256').update(checksum).digest('base64')}`,
        },
        body: bytes,
      });
    expect((await patch(body, Buffer.from('something else'))).status).toBe(460);
    const head = await fetch(url, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${tokens.editor}`, 'tus-resumable': '1.0.0' },
    });
    expect(head.headers.get('upload-offset')).toBe('0');
    const good = await patch(body, body);
    expect(good.status).toBe(204);
    expect(good.headers.get('upload-offset')).toBe(String(body.length));
    const options = await fetch(new URL('/files', system.gatewayUrl), { method: 'OPTIONS' });
    expect(options.headers.get('tus-extension')).toContain('checksum');
    expect(options.headers.get('tus-checksum-algorithm')).toBe('sha256');
  });

  it('a version upload for an asset the caller may not write is refused, and another user cannot touch an upload', async () => {
    const created = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createAsset(input: {title: "Studio A master"}) { id } }',
      { authorization: `Bearer ${tokens.editor}` },
    );
    const assetId = created.data!.createAsset.id;
    await waitFor(
      async () =>
        (await system.services.ingest.dataSource.query('SELECT 1 FROM asset_access WHERE asset_id = $1', [assetId]))
          .length > 0,
      { what: 'ingest to learn the asset' },
    );
    const body = Buffer.from('new cut');
    expect((await tusUpload(body, { filename: 'v2.mov', assetId }, tokens.outsider)).status).toBe(404);
    expect((await tusUpload(body, { filename: 'v2.mov', assetId }, tokens.viewer)).status).toBe(403);
    expect((await tusUpload(body, { filename: 'v2.mov', assetId: 'not-an-id' })).status).toBe(404);
    const unauthenticated = await fetch(new URL('/files', system.gatewayUrl), {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '3' },
    });
    expect(unauthenticated.status).toBe(401);

    const mine = await tusUpload(Buffer.alloc(0), { filename: 'placeholder' }, tokens.editor, {
      'upload-length': '10',
    });
    const url = mine.headers.get('location')!;
    const peek = await fetch(url, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${tokens.outsider}`, 'tus-resumable': '1.0.0' },
    });
    expect(peek.status).toBe(404);
  });

  it('refuses a new version while someone else has the asset checked out, naming who and until when', async () => {
    tokens.colleague = await test.token('editor-2', 'studio-a', ['editor']);
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const assetId = await uploadedAsset(await tusUpload(png, { filename: 'locked-still.png' }));
    await settled(assetId);
    const gql = (token: string, query: string, variables: Record<string, unknown>) =>
      graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
    const checkedOut = await gql(
      tokens.editor,
      'mutation($id: ID!) { checkOutAsset(id: $id, minutes: 30) { lock { holder expiresAt } } }',
      { id: assetId },
    );
    expect(checkedOut.errors).toBeUndefined();
    const { expiresAt } = checkedOut.data!.checkOutAsset.lock;

    // Ingest learns of the lock from asset.updated: the colleague's upload is then refused at once.
    const refused = await waitFor(
      async () => {
        const response = await tusUpload(png, { filename: 'their-version.png', assetId }, tokens.colleague);
        return response.status === 423 ? response : undefined;
      },
      { what: 'ingest to learn of the lock' },
    );
    expect(await refused.text()).toContain(`checked out by editor-1 until ${expiresAt}`);
    const viaMutation = await gql(
      tokens.colleague,
      'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { versionId } }',
      { i: { filename: 'their.png', contentBase64: png.toString('base64'), assetId } },
    );
    expect(viaMutation.errors?.[0].extensions).toMatchObject({ code: 'LOCKED' });
    // The holder's own new version goes through; once checked in, the colleague's does too.
    expect((await tusUpload(png, { filename: 'my-version.png', assetId })).status).toBe(201);
    expect(
      (await gql(tokens.editor, 'mutation($id: ID!) { checkInAsset(id: $id) { id } }', { id: assetId })).errors,
    ).toBeUndefined();
    await waitFor(
      async () =>
        (await tusUpload(png, { filename: 'their-version.png', assetId }, tokens.colleague)).status === 201 ||
        undefined,
      { what: 'ingest to learn of the check-in' },
    );
  });

  it('keeps serving after all of it', async () => {
    const response = await graphqlRequest(
      system.gatewayUrl,
      '{ assets(first: 50) { edges { node { id ingestStatus } } } }',
      { authorization: `Bearer ${tokens.editor}` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.assets.edges.length).toBeGreaterThanOrEqual(6);
  });
});
