import { renewGrant } from './renew-grant';

const folder = 'renditions/a/v/proxy/hls';
const grant = (expires: number, signature: string) => `https://mam.example/media/folder/${expires}/${signature}/`;

describe('renewGrant', () => {
  it("puts a segment's or the playlist's request under the page's newest grant of the same folder", () => {
    const latest = `${grant(1800000900, 'NEW_sig-2')}${folder}/index.m3u8`;
    expect(renewGrant(`${grant(1800000000, 'old')}${folder}/segment-00007.m4s`, latest)).toBe(
      `${grant(1800000900, 'NEW_sig-2')}${folder}/segment-00007.m4s`,
    );
    expect(renewGrant(`${grant(1800000000, 'old')}${folder}/index.m3u8`, latest)).toBe(latest);
  });

  it('leaves a URL as it is when the grant is the same, of another folder, or not a folder grant', () => {
    const current = `${grant(1800000000, 'sig')}${folder}/segment-00001.m4s`;
    expect(renewGrant(current, `${grant(1800000000, 'sig')}${folder}/index.m3u8`)).toBe(current);
    expect(renewGrant(current, `${grant(1800000900, 'other')}renditions/a/v2/proxy/hls/index.m3u8`)).toBe(current);
    expect(renewGrant(current, undefined)).toBe(current);
    const file = 'https://mam.example/media/renditions/a/v/proxy/proxy.mp4?expires=1&signature=x';
    expect(renewGrant(file, `${grant(1800000900, 'new')}${folder}/index.m3u8`)).toBe(file);
  });
});
