import {
  MEDIA_FOLDER_PATH,
  signMediaFolderPath,
  signMediaPath,
  verifyMediaFolderPath,
  verifyMediaPath,
} from './signed-url';
import { storageKeys } from './storage-keys';

const secret = 'k'.repeat(40);
const key = storageKeys.rendition('a1', 'v1', 'proxy', 'proxy.mp4');
const parse = (path: string) => {
  const url = new URL(path, 'http://x');
  return [
    decodeURIComponent(url.pathname.replace('/media/', '')),
    url.searchParams.get('expires') ?? undefined,
    url.searchParams.get('signature') ?? undefined,
  ] as const;
};

describe('signed media URLs', () => {
  it('grant the rendition they were made for until they expire', () => {
    const now = Date.now();
    const [k, expires, signature] = parse(signMediaPath(key, secret, 60, now));
    expect(k).toBe('renditions/a1/v1/proxy/proxy.mp4');
    expect(verifyMediaPath(k, expires, signature, secret, now)).toEqual({ ok: true });
    expect(verifyMediaPath(k, expires, signature, secret, now + 61_000)).toEqual({ ok: false, reason: 'link expired' });
  });

  it('stay the same for a while, so browsers reuse cached renditions, and live at least 3/4 of their lifetime', () => {
    const start = 1_800_000_000_000;
    const first = signMediaPath(key, secret, 900, start);
    expect(signMediaPath(key, secret, 900, start + 1_000)).toBe(first);
    const expires = Number(parse(first)[1]);
    expect(expires * 1000 - start).toBeGreaterThanOrEqual(675_000);
    expect(expires * 1000 - start).toBeLessThanOrEqual(900_000);
    expect(signMediaPath(key, secret, 900, start + 300_000)).not.toBe(first);
  });

  it('grant nothing for another key, another secret, or a tampered expiry', () => {
    const [k, expires, signature] = parse(signMediaPath(key, secret));
    expect(verifyMediaPath(k.replace('proxy.mp4', 'poster.jpg'), expires, signature, secret)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(verifyMediaPath(k, expires, signature, 'z'.repeat(40))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMediaPath(k, String(Number(expires) + 3600), signature, secret)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('never sign or serve a master, nor a path that climbs out', () => {
    expect(() => signMediaPath(storageKeys.master('a1', 'v1'), secret)).toThrow('only renditions');
    expect(verifyMediaPath('renditions/../masters/a1/v1/master', String(9e9), 'x', secret)).toEqual({
      ok: false,
      reason: 'not a servable key',
    });
    expect(() => storageKeys.rendition('a1', '../v1', 'proxy', 'p.mp4')).toThrow('unsafe');
  });
});

describe('signed URLs of a link that ends sooner', () => {
  it('expire with the link, not later', () => {
    const now = 1_800_000_000_000;
    const [k, expires, signature] = parse(signMediaPath(key, secret, 900, now, now + 30_000));
    expect(Number(expires)).toBe(Math.floor((now + 30_000) / 1000));
    expect(verifyMediaPath(k, expires, signature, secret, now + 29_000)).toEqual({ ok: true });
    expect(verifyMediaPath(k, expires, signature, secret, now + 31_000)).toEqual({ ok: false, reason: 'link expired' });
  });
});

describe('signed media folder URLs', () => {
  const playlist = 'renditions/a1/v1/proxy/hls/index.m3u8';
  /** What the media route reads from `/media/folder/<expires>/<signature>/<key>`. */
  const parts = (path: string) => {
    const [expires, signature, ...key] = path.slice(MEDIA_FOLDER_PATH.length).split('/');
    return { expires, signature, key: key.join('/') };
  };

  it('carry the grant in the path, so a segment named relative to the playlist is granted by the same signature', () => {
    const now = Date.now();
    const path = signMediaFolderPath(playlist, secret, 60, now);
    const { expires, signature, key: granted } = parts(path);
    expect(granted).toBe(playlist);
    expect(verifyMediaFolderPath(playlist, expires, signature, secret, now)).toEqual({ ok: true });
    // The segment's URL, as a player resolves it against the playlist's.
    const segment = new URL('segment-00003.m4s', `http://x${path}`).pathname;
    const resolved = parts(segment);
    expect(resolved.key).toBe('renditions/a1/v1/proxy/hls/segment-00003.m4s');
    expect(verifyMediaFolderPath(resolved.key, resolved.expires, resolved.signature, secret, now)).toEqual({
      ok: true,
    });
    expect(verifyMediaFolderPath(resolved.key, expires, signature, secret, now + 61_000)).toEqual({
      ok: false,
      reason: 'link expired',
    });
  });

  it('grant nothing outside their folder: not the MP4 beside it, not another version, not a master', () => {
    const now = Date.now();
    const { expires, signature } = parts(signMediaFolderPath(playlist, secret, 60, now));
    for (const other of [
      'renditions/a1/v1/proxy/proxy.mp4',
      'renditions/a1/v1/proxy/hls/deeper/segment-00000.m4s',
      'renditions/a1/v2/proxy/hls/segment-00000.m4s',
    ])
      expect(verifyMediaFolderPath(other, expires, signature, secret, now)).toEqual({
        ok: false,
        reason: 'bad signature',
      });
    expect(verifyMediaFolderPath('masters/a1/v1/master', expires, signature, secret, now)).toEqual({
      ok: false,
      reason: 'not a servable key',
    });
    // A file grant of the same folder's key is not a folder grant.
    const single = new URL(signMediaPath(playlist, secret, 60, now), 'http://x').searchParams;
    expect(verifyMediaFolderPath(playlist, single.get('expires')!, single.get('signature')!, secret, now)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(() => signMediaFolderPath('masters/a1/v1/master', secret)).toThrow(/only renditions/);
  });
});
