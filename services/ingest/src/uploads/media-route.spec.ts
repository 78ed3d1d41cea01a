import { isPlainKey, parseRange } from './media-route';

describe('parseRange', () => {
  it.each([
    [undefined, 1000, undefined],
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=500-', 1000, { start: 500, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=900-5000', 1000, { start: 900, end: 999 }],
    ['bytes=1000-1001', 1000, null],
    ['bytes=5-2', 1000, null],
    ['bytes=-', 1000, null],
    ['items=0-1', 1000, null],
  ])('%s of %d bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('isPlainKey', () => {
  it('accepts rendition keys and refuses keys that climb out or hide separators', () => {
    expect(isPlainKey('renditions/0190/0191/proxy.mp4')).toBe(true);
    for (const key of ['../healthz', 'renditions/../masters/x', './x', 'a//b', 'a\\..\\b', 'a\0b', ''])
      expect(isPlainKey(key)).toBe(false);
  });
});
