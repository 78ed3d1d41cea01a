import { signMediaPath, verifyMediaPath } from './signed-url';
import { storageKeys } from './storage-keys';

const secret = 'k'.repeat(40);
const key = storageKeys.rendition('a1', 'v1', 'proxy', 'proxy.mp4');
const parse = (path: string) => {
  const url = new URL(path, 'http://x');
  return [decodeURIComponent(url.pathname.replace('/media/', '')), url.searchParams.get('expires') ?? undefined, url.searchParams.get('signature') ?? undefined] as const;
};

describe('signed media URLs', () => {
  it('grant the rendition they were made for until they expire', () => {
    const now = Date.now();
    const [k, expires, signature] = parse(signMediaPath(key, secret, 60, now));
    expect(k).toBe('renditions/a1/v1/proxy/proxy.mp4');
    expect(verifyMediaPath(k, expires, signature, secret, now)).toEqual({ ok: true });
    expect(verifyMediaPath(k, expires, signature, secret, now + 61_000)).toEqual({ ok: false, reason: 'link expired' });
  });

  it('grant nothing for another key, another secret, or a tampered expiry', () => {
    const [k, expires, signature] = parse(signMediaPath(key, secret));
    expect(verifyMediaPath(k.replace('proxy.mp4', 'poster.jpg'), expires, signature, secret)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMediaPath(k, expires, signature, 'z'.repeat(40))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMediaPath(k, String(Number(expires) + 3600), signature, secret)).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('never sign or serve a master, nor a path that climbs out', () => {
    expect(() => signMediaPath(storageKeys.master('a1', 'v1'), secret)).toThrow('only renditions');
    expect(verifyMediaPath('renditions/../masters/a1/v1/master', String(9e9), 'x', secret)).toEqual({ ok: false, reason: 'not a servable key' });
    expect(() => storageKeys.rendition('a1', '../v1', 'proxy', 'p.mp4')).toThrow('unsafe');
  });
});
