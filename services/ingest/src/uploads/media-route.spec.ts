import { isPlainKey } from './media-route';

describe('isPlainKey', () => {
  it('accepts rendition keys and refuses keys that climb out or hide separators', () => {
    expect(isPlainKey('renditions/0190/0191/proxy.mp4')).toBe(true);
    for (const key of ['../healthz', 'renditions/../masters/x', './x', 'a//b', 'a\\..\\b', 'a\0b', ''])
      expect(isPlainKey(key)).toBe(false);
  });
});
