import type { ShareLinkRow } from '../../repositories/links.repository';
import type { Viewer } from '../viewer';
import { downloadUrl, mediaUrl, verifyDownload, type DownloadGrant, type MediaUrlSettings } from './media-urls';

const settings: MediaUrlSettings = {
  secret: 's'.repeat(40),
  publicBaseUrl: 'https://mam.example/',
  memberTtlSeconds: 900,
  guestTtlSeconds: 300,
};
const now = 1_800_000_000_000;
const identity = { subject: 'x', workspaceId: 'w', roles: [], kind: 'user' as const };
const member: Viewer = {
  kind: 'member',
  identity,
  subject: 'ada',
  workspaceId: 'w',
  name: 'ada',
  address: null,
  userAgent: null,
};
const guestWith = (linkEnds: Date | null, sessionEnds = new Date(now + 86_400_000)): Viewer => ({
  kind: 'guest',
  identity: { ...identity, kind: 'guest' },
  subject: 'guest:l:gina@client.example',
  workspaceId: 'w',
  name: 'Gina',
  email: 'gina@client.example',
  link: { id: 'l', expiresAt: linkEnds } as ShareLinkRow,
  sessionExpiresAt: sessionEnds,
  address: '127.0.0.1',
  userAgent: 'test',
});
const key = 'renditions/a/v/proxy/proxy.mp4';
const expiresOf = (url: string) => Number(new URL(url).searchParams.get('expires')) * 1000;
const grant: DownloadGrant = {
  versionId: 'v',
  kind: 'proxy',
  subject: 'guest:l:gina@client.example',
  workspaceId: 'w',
};

describe('review media URLs', () => {
  it('give members ingest’s lifetime and guests a short one', () => {
    expect(mediaUrl(settings, member, key, now)).toMatch(
      /^https:\/\/mam\.example\/media\/renditions\/a\/v\/proxy\/proxy\.mp4\?/,
    );
    expect(expiresOf(mediaUrl(settings, member, key, now)) - now).toBeGreaterThan(600_000);
    expect(expiresOf(mediaUrl(settings, guestWith(null), key, now)) - now).toBeLessThanOrEqual(300_000);
  });

  it('never outlive the guest’s link or session', () => {
    expect(expiresOf(mediaUrl(settings, guestWith(new Date(now + 20_000)), key, now))).toBe(now + 20_000);
    expect(expiresOf(mediaUrl(settings, guestWith(null, new Date(now + 30_000)), key, now))).toBe(now + 30_000);
  });

  it('sign a download for one file of one version to one viewer', () => {
    const url = new URL(downloadUrl(settings, guestWith(null), grant, now));
    expect(url.pathname).toBe('/review-downloads/v/proxy');
    const [expires, signature] = [url.searchParams.get('expires')!, url.searchParams.get('signature')!];
    expect(verifyDownload(settings, grant, expires, signature, now)).toEqual({ ok: true });
    for (const other of [
      { ...grant, versionId: 'v2' },
      { ...grant, kind: 'master' as const },
      { ...grant, subject: 'guest:l:someone@else.example' },
      { ...grant, workspaceId: 'w2' },
    ])
      expect(verifyDownload(settings, other, expires, signature, now)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyDownload(settings, grant, expires, signature, now + 301_000)).toEqual({
      ok: false,
      reason: 'link expired',
    });
    expect(verifyDownload({ ...settings, secret: '' }, grant, expires, signature, now).ok).toBe(false);
  });
});
