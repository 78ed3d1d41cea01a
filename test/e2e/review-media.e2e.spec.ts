import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultToolCommand } from '@mam/media';
import { startTestSystem, type TestSystem } from '@mam/system';
import { ffprobe, graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';

// What a reviewer and a guest of a share link may play and download of a version, through the
// gateway: signed URLs, a guest's own watermarked copy, downloads in the audit, links that end.

let test: TestSystem;
let gatewayUrl = '';
let admin = '';
type Clip = { assetId: string; versionId: string; master: Buffer };
let harbour: Clip;
let other: Clip;

type Auth = { member: string } | { guest: string };
const header = (auth: Auth) => ('member' in auth ? `Bearer ${auth.member}` : `Guest ${auth.guest}`);
const USER_AGENT = 'review-media-e2e/1.0';

async function as(auth: Auth, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(gatewayUrl, query, { variables, authorization: header(auth) });
}

async function ok(auth: Auth, query: string, variables?: Record<string, unknown>) {
  const response = await as(auth, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface ReviewMedia {
  status: 'READY' | 'PREPARING' | 'FAILED';
  reason: string | null;
  streamUrl: string | null;
  posterUrl: string | null;
  downloadProxyUrl: string | null;
  downloadMasterUrl: string | null;
}

const MEDIA =
  'query($id: ID!) { reviewVersion(id: $id) { id reviewMedia { status reason streamUrl posterUrl downloadProxyUrl downloadMasterUrl } } }';

async function mediaOf(auth: Auth, versionId: string): Promise<ReviewMedia | null> {
  return ((await ok(auth, MEDIA, { id: versionId })).reviewVersion?.reviewMedia ?? null) as ReviewMedia | null;
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(new URL(url, gatewayUrl), { headers: { 'user-agent': USER_AGENT, ...headers } });

async function upload(name: string, seconds: number): Promise<Clip> {
  const path = makeClip(join(test.workDir, name), { seconds, width: 320, height: 180, rate: '25', audio: true });
  const master = readFileSync(path);
  const data = await ok(
    { member: admin },
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename: name, contentBase64: master.toString('base64') } },
  );
  return { ...(data.uploadSmallFile as { assetId: string; versionId: string }), master };
}

async function createLink(input: Record<string, unknown>): Promise<{ token: string; id: string }> {
  const created = (
    await ok(
      { member: admin },
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token link { id } } }',
      { i: input },
    )
  ).createShareLink as { token: string; link: { id: string } };
  return { token: created.token, id: created.link.id };
}

async function openLink(token: string, name: string, email: string): Promise<string> {
  const response = await fetch(new URL('/review-links/open', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
    body: JSON.stringify({ token, name, email }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}

async function save(url: string, name: string): Promise<string> {
  const response = await get(url);
  expect(response.status).toBe(200);
  const path = join(test.workDir, name);
  writeFileSync(path, Buffer.from(await response.arrayBuffer()));
  return path;
}

/** The grey levels of a band of a frame (rows from `top` to `bottom`, as fractions of the height) at a time. */
function band(path: string, seconds: number, top: number, bottom: number): Uint8Array {
  const result = spawnSync(
    defaultToolCommand('ffmpeg'),
    [
      ...['-v', 'error', '-ss', String(seconds), '-i', path, '-frames:v', '1'],
      ...['-vf', `crop=iw:ih*${bottom - top}:0:ih*${top},format=gray`, '-f', 'rawvideo', 'pipe:1'],
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr.toString()}`);
  return new Uint8Array(result.stdout);
}

const meanDifference = (a: Uint8Array, b: Uint8Array) => {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
};

/** The same URL for another version: what a guest would try to reach something their link does not cover. */
const aimedAt = (url: string, from: Clip, to: Clip) =>
  url.replaceAll(from.versionId, to.versionId).replaceAll(from.assetId, to.assetId);

beforeAll(async () => {
  test = await startTestSystem('review-media');
  gatewayUrl = test.system.gatewayUrl;
  admin = await test.token('ada', 'studio-m', ['admin']);
  harbour = await upload('harbour.mp4', 2);
  other = await upload('other.mp4', 1);
  for (const clip of [harbour, other])
    await waitFor(
      async () => {
        // The proxy and the poster are separate renditions: each is known to review once it is ready.
        const media = await mediaOf({ member: admin }, clip.versionId);
        return media?.status === 'READY' && media.posterUrl !== null;
      },
      { timeoutMs: 120_000, what: 'the proxy and poster known to review' },
    );
}, 300_000);

afterAll(async () => {
  await test?.stop();
});

describe('a version’s media', () => {
  it('gives a member the ordinary proxy and poster and both downloads', async () => {
    const media = (await mediaOf({ member: admin }, harbour.versionId))!;
    expect(media).toMatchObject({ status: 'READY', reason: null });
    expect(new URL(media.streamUrl!, gatewayUrl).pathname).toBe(
      `/media/renditions/${harbour.assetId}/${harbour.versionId}/proxy/proxy.mp4`,
    );
    const proxy = ffprobe(await save(media.streamUrl!, 'member-proxy.mp4'));
    expect(proxy.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', height: 180 });
    const poster = await get(media.posterUrl!);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    const master = await get(media.downloadMasterUrl!);
    expect(master.status).toBe(200);
    expect(master.headers.get('content-disposition')).toContain('attachment; filename="harbour.mp4"');
    expect(Buffer.from(await master.arrayBuffer()).equals(harbour.master)).toBe(true);
  });

  it('has a guest wait for their own copy with their name burnt in, then stream it with range requests', async () => {
    const link = await createLink({
      scope: 'ASSET',
      assetId: harbour.assetId,
      permissions: ['VIEW', 'DOWNLOAD_PROXY'],
    });
    const guest = await openLink(link.token, 'Gina Guest', 'gina@client.example');
    const first = (await mediaOf({ guest }, harbour.versionId))!;
    expect(first).toMatchObject({ status: 'PREPARING', streamUrl: null, downloadProxyUrl: null });
    expect(first.reason).toMatch(/being prepared/);
    const media = await waitFor(
      async () => {
        const now = (await mediaOf({ guest }, harbour.versionId))!;
        return now.status === 'READY' ? now : undefined;
      },
      { timeoutMs: 60_000, what: "the guest's watermarked copy" },
    );
    expect(media.downloadMasterUrl).toBeNull();
    const streamPath = new URL(media.streamUrl!, gatewayUrl).pathname;
    expect(streamPath).toMatch(
      new RegExp(`^/media/renditions/${harbour.assetId}/${harbour.versionId}/guest-[0-9a-f]{32}/proxy.mp4$`),
    );
    // Short-lived: a few minutes, not a member's quarter of an hour.
    const expires = Number(new URL(media.streamUrl!, gatewayUrl).searchParams.get('expires'));
    expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(300_000);

    const copy = await save(media.streamUrl!, 'guest-copy.mp4');
    const probe = ffprobe(copy);
    expect(probe.format.format_name).toContain('mp4');
    expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({
      codec_name: 'h264',
      width: 320,
      height: 180,
    });
    expect(Number(probe.format.duration)).toBeCloseTo(2, 0);

    // The band where the name is burnt in differs from the clean proxy; the picture above it does not.
    const clean = join(test.workDir, 'member-proxy.mp4');
    expect(meanDifference(band(copy, 1, 0.7, 1), band(clean, 1, 0.7, 1))).toBeGreaterThan(15);
    expect(meanDifference(band(copy, 1, 0.15, 0.6), band(clean, 1, 0.15, 0.6))).toBeLessThan(4);

    const size = readFileSync(copy).length;
    const range = await get(media.streamUrl!, { range: 'bytes=100-1099' });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 100-1099/${size}`);
    expect(Buffer.from(await range.arrayBuffer()).equals(readFileSync(copy).subarray(100, 1100))).toBe(true);
    expect((await get(media.streamUrl!, { range: `bytes=${size}-` })).status).toBe(416);

    // The same guest asking again gets the same copy, not another job.
    expect(new URL((await mediaOf({ guest }, harbour.versionId))!.streamUrl!, gatewayUrl).pathname).toBe(streamPath);
  }, 120_000);

  it('records a guest’s download with their address and user agent, and gives them their watermarked copy', async () => {
    const link = await createLink({
      scope: 'ASSET',
      assetId: harbour.assetId,
      permissions: ['VIEW', 'DOWNLOAD_PROXY'],
    });
    const guest = await openLink(link.token, 'Gina Guest', 'gina@client.example');
    const media = (await mediaOf({ guest }, harbour.versionId))!;
    expect(media.status).toBe('READY');
    const download = await get(media.downloadProxyUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment; filename="harbour-proxy.mp4"');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(readFileSync(join(test.workDir, 'guest-copy.mp4')))).toBe(true);
    const audit = await waitFor(async () => {
      const entries = (
        await ok(
          { member: admin },
          'query($f: AuditFilter) { reviewAudit(filter: $f) { action actor actorKind actorName address userAgent linkId versionId } }',
          { f: { versionId: harbour.versionId, action: 'proxy.downloaded' } },
        )
      ).reviewAudit as Record<string, unknown>[];
      return entries.find((entry) => entry.linkId === link.id);
    });
    expect(audit).toMatchObject({
      action: 'proxy.downloaded',
      actor: `guest:${link.id}:gina@client.example`,
      actorKind: 'GUEST',
      actorName: 'Gina Guest',
      userAgent: USER_AGENT,
      versionId: harbour.versionId,
    });
    expect(audit.address).toMatch(/127\.0\.0\.1|::1/);
  });

  it('gives a guest nothing of a version their link does not cover, and their URLs open nothing else', async () => {
    const link = await createLink({
      scope: 'ASSET',
      assetId: harbour.assetId,
      permissions: ['VIEW', 'DOWNLOAD_PROXY'],
    });
    const guest = await openLink(link.token, 'Gina Guest', 'gina@client.example');
    expect((await ok({ guest }, MEDIA, { id: other.versionId })).reviewVersion).toBeNull();
    const media = (await mediaOf({ guest }, harbour.versionId))!;
    expect((await get(aimedAt(media.streamUrl!, harbour, other))).status).toBe(403);
    expect((await get(aimedAt(media.posterUrl!, harbour, other))).status).toBe(403);
    expect((await get(aimedAt(media.downloadProxyUrl!, harbour, other))).status).toBe(403);
    expect((await get(media.downloadProxyUrl!.replace('/proxy?', '/master?'))).status).toBe(403);
  });

  it('gives the master only with DOWNLOAD_MASTER, byte for byte', async () => {
    const link = await createLink({
      scope: 'VERSION',
      assetId: harbour.assetId,
      versionId: harbour.versionId,
      permissions: ['VIEW', 'DOWNLOAD_MASTER'],
    });
    const guest = await openLink(link.token, 'Gina Guest', 'gina@client.example');
    const media = (await mediaOf({ guest }, harbour.versionId))!;
    expect(media).toMatchObject({ status: 'READY', downloadProxyUrl: null });
    const master = await get(media.downloadMasterUrl!);
    expect(master.status).toBe(200);
    const bytes = Buffer.from(await master.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      createHash('sha256').update(harbour.master).digest('hex'),
    );
  });

  it('stops a guest’s URLs when the link expires, and their downloads at once when it is revoked', async () => {
    const expiresAt = new Date(Date.now() + 6_000);
    const link = await createLink({
      scope: 'ASSET',
      assetId: harbour.assetId,
      permissions: ['VIEW', 'DOWNLOAD_PROXY'],
      expiresAt: expiresAt.toISOString(),
    });
    const guest = await openLink(link.token, 'Gina Guest', 'gina@client.example');
    const media = (await mediaOf({ guest }, harbour.versionId))!;
    expect(media.status).toBe('READY');
    for (const url of [media.streamUrl!, media.posterUrl!, media.downloadProxyUrl!]) {
      expect(Number(new URL(url, gatewayUrl).searchParams.get('expires'))).toBeLessThanOrEqual(
        Math.floor(expiresAt.getTime() / 1000),
      );
      expect((await get(url)).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 1_500));
    for (const url of [media.streamUrl!, media.posterUrl!, media.downloadProxyUrl!])
      expect((await get(url)).status).toBe(410);
    expect((await as({ guest }, MEDIA, { id: harbour.versionId })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const lasting = await createLink({
      scope: 'ASSET',
      assetId: harbour.assetId,
      permissions: ['VIEW', 'DOWNLOAD_PROXY'],
    });
    const other = await openLink(lasting.token, 'Gina Guest', 'gina@client.example');
    const url = (await mediaOf({ guest: other }, harbour.versionId))!.downloadProxyUrl!;
    expect((await get(url)).status).toBe(200);
    await ok({ member: admin }, 'mutation($id: ID!) { revokeShareLink(id: $id) { revokedAt } }', { id: lasting.id });
    expect((await get(url)).status).toBe(410);
  }, 60_000);
});
