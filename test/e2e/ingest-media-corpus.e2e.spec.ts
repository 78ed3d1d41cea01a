import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// Files of the kinds a real-world corpus holds, each tiny and made here: what each ends as, and why.
let test: TestSystem;
let system: RunningSystem;
let token: string;
let workDir: string;

beforeAll(async () => {
  test = await startTestSystem('mediacorpus');
  system = test.system;
  workDir = test.workDir;
  token = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

const gql = (query: string, variables?: Record<string, unknown>) =>
  graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });

async function upload(filename: string, content: Buffer): Promise<string> {
  const response = await gql('mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId } }', {
    input: { filename, contentBase64: content.toString('base64') },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.uploadSmallFile.assetId;
}

const ASSET = `query($id: ID!) { asset(id: $id) { id type ingestStatus ingestStatusReason currentVersion {
  technicalMetadata { mediaKind mimeType durationFrames frameRate variableFrameRate proxyFrameRate scanType fieldOrder error }
  renditions { kind status reason url details items { url page width height } } } } }`;

interface SettledAsset {
  id: string;
  type: string | null;
  ingestStatus: string;
  ingestStatusReason: string | null;
  currentVersion: {
    technicalMetadata: Record<string, any>;
    renditions: {
      kind: string;
      status: string;
      reason: string | null;
      url: string | null;
      details: Record<string, any> | null;
      items: { url: string; page: number | null; width: number; height: number }[];
    }[];
  };
}

async function settled(assetId: string): Promise<SettledAsset> {
  return waitFor(
    async () => {
      const asset = (await gql(ASSET, { id: assetId })).data?.asset;
      return asset && ['READY', 'FAILED'].includes(asset.ingestStatus) && asset.currentVersion?.technicalMetadata
        ? asset
        : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 300, what: `asset ${assetId} to settle` },
  );
}

const made = (name: string, args: string[]) => {
  const path = join(workDir, name);
  ffmpeg([...args, path]);
  return readFileSync(path);
};
const rendition = (asset: SettledAsset, kind: string) => asset.currentVersion.renditions.find((r) => r.kind === kind)!;

/** A hand-written two-page PDF, each page with a black box. */
function twoPagePdf(): Buffer {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R 5 0 R]/Count 2>>'];
  for (const [w, h] of [
    [400, 200],
    [200, 400],
  ]) {
    const content = `0 0 0 rg 0 0 ${w / 2} ${h / 2} re f`;
    objects.push(
      `<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${w} ${h}]/Contents ${objects.length + 2} 0 R>>`,
      `<</Length ${content.length}>>stream\n${content}\nendstream`,
    );
  }
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj${object}endobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('a corpus of real-world files at ingest', () => {
  it('a one-frame video is READY with every rendition made from its only frame', async () => {
    const asset = await settled(
      await upload(
        'one-frame.mp4',
        made('one-frame.mp4', [
          '-f',
          'lavfi',
          '-i',
          'testsrc2=size=320x180:rate=25',
          '-frames:v',
          '1',
          '-c:v',
          'libx264',
          '-pix_fmt',
          'yuv420p',
        ]),
      ),
    );
    expect([asset.ingestStatus, asset.ingestStatusReason]).toEqual(['READY', null]);
    expect(asset.currentVersion.renditions.map((r) => [r.kind, r.status])).toEqual([
      ['filmstrip', 'READY'],
      ['poster', 'READY'],
      ['proxy', 'READY'],
      ['thumbnails', 'READY'],
    ]);
    expect(rendition(asset, 'thumbnails').items).toHaveLength(1);
    expect(asset.currentVersion.technicalMetadata.durationFrames).toBe(1);
  });

  it('a PDF is READY with a preview of its first page and a thumbnail of each page', async () => {
    const asset = await settled(await upload('call-sheet.pdf', twoPagePdf()));
    expect([asset.type, asset.ingestStatus, asset.ingestStatusReason]).toEqual(['document', 'READY', null]);
    const preview = rendition(asset, 'preview');
    expect(preview).toMatchObject({ status: 'READY', details: { pageCount: 2, pagesShown: 2 } });
    expect(preview.items.map(({ page, width, height }) => [page, width, height])).toEqual([
      [1, 320, 160],
      [2, 320, 640],
    ]);
    const image = Buffer.from(await (await fetch(new URL(preview.url!, system.gatewayUrl))).arrayBuffer());
    expect(image.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });

  it('a document type with no renderer is READY, its preview skipped with the reason', async () => {
    const asset = await settled(await upload('notes.txt', Buffer.from('Day 2: harbour at dawn, cranes still.\n')));
    expect([asset.type, asset.ingestStatus, asset.ingestStatusReason]).toEqual([
      'document',
      'READY',
      'preview: no preview for this type',
    ]);
    expect(rendition(asset, 'preview')).toMatchObject({
      status: 'SKIPPED',
      reason: 'no preview for this type',
      url: null,
    });
  });

  it('video in any container is typed video, so a search for video finds every one', async () => {
    const picture = ['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-t', '0.4'];
    const files: [string, string[]][] = [
      ['clip.mxf', [...picture, '-c:v', 'mpeg2video', '-f', 'mxf']],
      ['clip.mkv', [...picture, '-c:v', 'libx264', '-preset', 'ultrafast']],
      ['clip.mov', [...picture, '-c:v', 'libx264', '-preset', 'ultrafast']],
      ['clip.avi', [...picture, '-c:v', 'mpeg4']],
      ['clip.ts', [...picture, '-c:v', 'mpeg2video', '-f', 'mpegts']],
      ['clip.webm', [...picture, '-c:v', 'libvpx', '-deadline', 'realtime']],
      [
        'clip.gxf',
        ['-f', 'lavfi', '-i', 'testsrc2=size=720x576:rate=25', '-t', '0.4', '-c:v', 'mpeg2video', '-f', 'gxf'],
      ],
    ];
    const ids: string[] = [];
    for (const [name, args] of files) ids.push(await upload(name, made(name, args)));
    for (const [i, id] of ids.entries()) {
      const asset = await settled(id);
      expect([files[i][0], asset.type, asset.currentVersion.technicalMetadata.mediaKind, asset.ingestStatus]).toEqual([
        files[i][0],
        'video',
        'video',
        'READY',
      ]);
    }
    const found = await waitFor(
      async () => {
        const response = await gql(
          'query { searchAssets(filter: { types: ["video"] }, first: 50) { edges { node { id } } } }',
        );
        const hits = new Set<string>(
          (response.data?.searchAssets.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id),
        );
        return ids.every((id) => hits.has(id)) ? hits : undefined;
      },
      { timeoutMs: 30_000, what: 'every container to be found as video' },
    );
    expect(ids.filter((id) => !found.has(id))).toEqual([]);
  }, 240_000);

  it("a WAV whose header is wrecked fails with the decoder's reason in words, not READY as octet-stream", async () => {
    const wav = made('tone.wav', ['-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000', '-t', '0.5']);
    wav.fill(0, 0, 44);
    const asset = await settled(await upload('take-3.wav', wav));
    expect(asset.ingestStatus).toBe('FAILED');
    expect(asset.ingestStatusReason).toBe(
      'ingest: not a readable audio file: its bytes are in no audio or video format the decoder knows (a damaged header?)',
    );
    expect(asset.currentVersion.renditions).toEqual([]);
  });

  it('a text file named .mov fails saying what it really is', async () => {
    const asset = await settled(
      await upload('interview.mov', Buffer.from('INT. OFFICE - DAY\nShe looks up from the desk.\n')),
    );
    expect([asset.ingestStatus, asset.ingestStatusReason]).toEqual([
      'FAILED',
      'ingest: not a media file: the content is plain text',
    ]);
  });

  it('a ZIP named .mov and a JPEG with a wrecked header fail saying why', async () => {
    const zip = Buffer.concat([
      Buffer.from('PK\x03\x04', 'latin1'),
      Buffer.alloc(26),
      Buffer.from('cut-list.txt'),
      Buffer.from('EDL 001'),
    ]);
    const zipped = await settled(await upload('cut.mov', zip));
    expect([zipped.ingestStatus, zipped.ingestStatusReason]).toEqual([
      'FAILED',
      'ingest: not a media file: the content is a ZIP archive',
    ]);
    const jpeg = Buffer.from(Array.from({ length: 2048 }, (_, i) => [0x00, 0x9b, 0x17, 0xe4][i % 4]));
    const wrecked = await settled(await upload('still.jpg', jpeg));
    expect([wrecked.ingestStatus, wrecked.ingestStatusReason]).toEqual([
      'FAILED',
      'ingest: not a readable image: its bytes are in no image format the decoder knows (a damaged header?)',
    ]);
  });

  it('a variable-rate clip counts its real frames, and its proxy keeps each frame once', async () => {
    const clip = made('phone.mkv', [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x90:rate=30',
      '-frames:v',
      '30',
      '-vf',
      "setpts='if(lt(N,10),N*0.1,1+(N-10)*0.025)/TB'",
      '-fps_mode',
      'passthrough',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
    ]);
    const asset = await settled(await upload('phone.mkv', clip));
    expect(asset.ingestStatus).toBe('READY');
    expect(asset.currentVersion.technicalMetadata).toMatchObject({
      durationFrames: 30,
      frameRate: '20/1',
      variableFrameRate: true,
      proxyFrameRate: 'variable',
    });
    const proxy = rendition(asset, 'proxy');
    expect(proxy.details).toMatchObject({ frameRate: 'variable', variableFrameRate: true, frameCount: 30 });
    const file = join(workDir, 'phone-proxy.mp4');
    writeFileSync(file, Buffer.from(await (await fetch(new URL(proxy.url!, system.gatewayUrl))).arrayBuffer()));
    const counted = spawnSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-count_frames',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=nb_read_frames',
        '-of',
        'csv=p=0',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(counted.stdout.trim()).toBe('30');
  });

  it('an interlaced master says so, with its field order, beside a progressive one', async () => {
    const interlaced = made('25i.mp4', [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x240:rate=50',
      '-t',
      '0.4',
      '-vf',
      'tinterlace=interleave_top,setfield=tff',
      '-flags',
      '+ildct+ilme',
      '-c:v',
      'libx264',
      '-x264opts',
      'tff=1',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
    ]);
    const progressive = made('25p.mp4', [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x240:rate=25',
      '-t',
      '0.4',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
    ]);
    const [i, p] = [
      await settled(await upload('25i.mp4', interlaced)),
      await settled(await upload('25p.mp4', progressive)),
    ];
    expect([i.currentVersion.technicalMetadata.scanType, i.currentVersion.technicalMetadata.fieldOrder]).toEqual([
      'interlaced',
      'tff',
    ]);
    expect([p.currentVersion.technicalMetadata.scanType, p.currentVersion.technicalMetadata.fieldOrder]).toEqual([
      'progressive',
      null,
    ]);
  });
});
