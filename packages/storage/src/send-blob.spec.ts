import { contentTypeOf, parseRange } from './send-blob';

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

describe('contentTypeOf', () => {
  it('names the media type of our rendition and master keys by their extension', () => {
    expect(contentTypeOf('renditions/a/v/proxy/proxy.mp4')).toBe('video/mp4');
    expect(contentTypeOf('renditions/a/v/poster/poster.jpg')).toBe('image/jpeg');
    expect(contentTypeOf('masters/a/v/master')).toBe('application/octet-stream');
    expect(contentTypeOf('renditions/a/v/proxy/hls/index.m3u8')).toBe('application/vnd.apple.mpegurl');
    expect(contentTypeOf('renditions/a/v/proxy/hls/segment-00000.m4s')).toBe('video/iso.segment');
  });
});
