import { signMediaPath, verifyMediaPath } from '@mam/storage';
import { downloadLinks } from './download-links';

const secret = 's'.repeat(40);
const links = downloadLinks({ base: () => 'http://downloads.example.com', secret, ttlSeconds: 60 });

describe('downloadLinks', () => {
  it('signs an absolute URL that verifies for its key only, until it expires', () => {
    const key = '01a2/show_v1/web/show.mp4';
    const { url, expiresAt } = links.sign(key);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(`http://downloads.example.com/downloads/${key}`);
    const [expires, signature] = [parsed.searchParams.get('expires')!, parsed.searchParams.get('signature')!];
    expect(expiresAt.getTime()).toBe(Number(expires) * 1000);
    expect(links.verify(key, expires, signature)).toEqual({ ok: true });
    expect(links.verify('01a2/show_v1/web/other.mp4', expires, signature)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('is never a media URL signature, nor the reverse', () => {
    const key = 'renditions/a/b/proxy/proxy.mp4';
    const download = new URL(links.sign(key).url);
    expect(
      verifyMediaPath(key, download.searchParams.get('expires')!, download.searchParams.get('signature')!, secret),
    ).toEqual({ ok: false, reason: 'bad signature' });
    const media = new URL(signMediaPath(key, secret, 60), 'http://x');
    expect(links.verify(key, media.searchParams.get('expires')!, media.searchParams.get('signature')!)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });
});
