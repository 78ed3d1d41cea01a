import { folderGrantOf, isPlainKey } from './media-route';

describe('isPlainKey', () => {
  it('accepts rendition keys and refuses keys that climb out or hide separators', () => {
    expect(isPlainKey('renditions/0190/0191/proxy.mp4')).toBe(true);
    for (const key of ['../healthz', 'renditions/../masters/x', './x', 'a//b', 'a\\..\\b', 'a\0b', ''])
      expect(isPlainKey(key)).toBe(false);
  });
});

describe('folderGrantOf', () => {
  it('reads the expiry, signature and key of a folder URL, and nothing from a plain media path', () => {
    expect(
      folderGrantOf(['folder', '1800000000', 'c2ln', 'renditions', 'a', 'v', 'proxy', 'hls', 'index.m3u8']),
    ).toEqual({
      expires: '1800000000',
      signature: 'c2ln',
      key: 'renditions/a/v/proxy/hls/index.m3u8',
    });
    expect(folderGrantOf(['renditions', 'a', 'v', 'proxy', 'proxy.mp4'])).toBeNull();
    expect(folderGrantOf(['folder', '1800000000', 'c2ln'])).toBeNull();
  });
});
