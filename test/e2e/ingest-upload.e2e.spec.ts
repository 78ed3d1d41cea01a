import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import type { RunningSystem } from '@mam/system';
import { ffprobe, graphqlRequest, makeClip, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let editor: string;
let filesUrl: string;
let workDir: string;

beforeAll(async () => {
  test = await startTestSystem('ingest', { ingest: { MAX_UPLOAD_BYTES: String(64 * 1024 * 1024) } });
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
  filesUrl = new URL('/files', system.gatewayUrl).toString();
  workDir = test.workDir;
}, 120_000);

afterAll(() => test?.stop());

function upload(
  path: string,
  options: {
    metadata: Record<string, string>;
    uploadUrl?: string;
    chunkSize?: number;
    onProgress?: (sent: number, total: number, upload: tus.Upload) => void;
    onPatchOffset?: (offset: number) => void;
  },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const size = statSync(path).size;
    const instance: tus.Upload = new tus.Upload(createReadStream(path), {
      endpoint: filesUrl,
      uploadUrl: options.uploadUrl,
      uploadSize: size,
      chunkSize: options.chunkSize ?? 512 * 1024,
      metadata: options.metadata,
      headers: { authorization: `Bearer ${editor}` },
      retryDelays: [],
      onProgress: (sent, total) => options.onProgress?.(sent, total, instance),
      onBeforeRequest: (req) => {
        if (req.getMethod() === 'PATCH') options.onPatchOffset?.(Number(req.getHeader('Upload-Offset')));
      },
      onError: reject,
      onSuccess: () => resolve(instance.url!),
    });
    instance.start();
  });
}

const VERSION_QUERY = `query($id: ID!) { asset(id: $id) { id title ingestStatus ingestStatusReason currentVersion { id number filename sha256
  technicalMetadata { mediaKind mimeType durationSeconds frameRate width height startTimecode sha256 }
  renditions { kind status reason url width height durationSeconds items { url seconds } details } } } }`;

describe('ingest through the gateway', () => {
  it('resumes an interrupted tus upload after an ingest restart, makes every rendition, and serves the proxy with range requests', async () => {
    const clip = makeClip(join(workDir, 'harbour.mp4'), { seconds: 6, audio: true, timecode: '10:00:00:00' });
    const size = statSync(clip).size;

    // First attempt: cut off midway.
    let firstUrl = '';
    let cutAt = 0;
    await new Promise<void>((resolve, reject) => {
      upload(clip, {
        metadata: { filename: 'harbour.mp4', title: 'Harbour at dawn' },
        chunkSize: 256 * 1024,
        onProgress: (sent, _total, instance) => {
          if (sent >= size / 2 && !cutAt) {
            cutAt = sent;
            firstUrl = instance.url!;
            void instance.abort().then(() => resolve());
          }
        },
      }).then(() => reject(new Error('upload was not interrupted')), reject);
    });
    expect(cutAt).toBeGreaterThan(0);
    expect(cutAt).toBeLessThan(size);

    // The ingest service restarts meanwhile: the partial upload lives on disk, not in its memory.
    await system.services.ingest.stop();
    await system.services.ingest.start();
    const head = await fetch(firstUrl, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${editor}`, 'tus-resumable': '1.0.0' },
    });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(size);
    expect(firstUrl.startsWith(filesUrl)).toBe(true);

    // Second attempt resumes from the server's offset.
    const patchOffsets: number[] = [];
    await upload(clip, {
      metadata: { filename: 'harbour.mp4' },
      uploadUrl: firstUrl,
      onPatchOffset: (at) => patchOffsets.push(at),
    });
    expect(patchOffsets[0]).toBe(offset);

    const uploadRow = (
      await system.services.ingest.dataSource.query('SELECT asset_id FROM uploads WHERE id = $1', [
        firstUrl.split('/').pop(),
      ])
    )[0];
    const assetId: string = uploadRow.asset_id;
    const asset = await waitFor(
      async () => {
        const response = await graphqlRequest(system.gatewayUrl, VERSION_QUERY, {
          variables: { id: assetId },
          authorization: `Bearer ${editor}`,
        });
        const found = response.data?.asset;
        return found?.ingestStatus === 'READY' || found?.ingestStatus === 'FAILED' ? found : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500, what: 'ingest to finish' },
    );
    expect(asset.ingestStatusReason).toBeNull();
    expect(asset.ingestStatus).toBe('READY');
    expect(asset.title).toBe('Harbour at dawn');
    expect(asset.currentVersion).toMatchObject({ number: 1, filename: 'harbour.mp4' });
    expect(asset.currentVersion.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(asset.currentVersion.technicalMetadata).toMatchObject({
      mediaKind: 'video',
      mimeType: 'video/mp4',
      frameRate: '25/1',
      width: 1920,
      height: 1080,
      startTimecode: '10:00:00:00',
    });
    const renditions = Object.fromEntries(asset.currentVersion.renditions.map((r: { kind: string }) => [r.kind, r]));
    expect(Object.keys(renditions).sort()).toEqual(['filmstrip', 'poster', 'proxy', 'thumbnails', 'waveform']);
    for (const rendition of Object.values(renditions) as { status: string }[]) expect(rendition.status).toBe('READY');
    expect(renditions.proxy).toMatchObject({ width: 1280, height: 720 });
    expect(renditions.thumbnails.items.length).toBeGreaterThan(0);

    // The proxy, through its signed URL, with a Range request like a seeking video element.
    const proxyUrl = new URL(renditions.proxy.url, system.gatewayUrl);
    const ranged = await fetch(proxyUrl, { headers: { range: 'bytes=0-1023' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-1023\/\d+$/);
    expect((await ranged.arrayBuffer()).byteLength).toBe(1024);
    const whole = await fetch(proxyUrl);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    const proxyPath = join(workDir, 'proxy.mp4');
    writeFileSync(proxyPath, Buffer.from(await whole.arrayBuffer()));
    const source = ffprobe(clip);
    const proxy = ffprobe(proxyPath);
    const video = (probe: typeof source) => probe.streams.find((s) => s.codec_type === 'video')!;
    expect(video(proxy).codec_name).toBe('h264');
    expect(video(proxy).r_frame_rate).toBe(video(source).r_frame_rate);
    expect(Math.abs(Number(proxy.format.duration) - Number(source.format.duration))).toBeLessThan(0.1);

    // A tampered URL grants nothing, and masters have no URL at all.
    const tampered = new URL(proxyUrl);
    tampered.pathname = tampered.pathname.replace('proxy', 'poster');
    expect((await fetch(tampered)).status).toBe(403);
    expect(JSON.stringify(asset)).not.toContain('masters/');
  }, 180_000);
});
