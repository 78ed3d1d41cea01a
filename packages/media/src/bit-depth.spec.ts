import { bitDepthFromPixelFormat } from './bit-depth';

describe('bitDepthFromPixelFormat', () => {
  it.each([
    ['yuv420p', 8],
    ['yuvj420p', 8],
    ['yuv422p', 8],
    ['nv12', 8],
    ['rgb24', 8],
    ['rgba', 8],
    ['gray', 8],
    ['pal8', 8],
    ['yuv420p10le', 10],
    ['yuv422p10be', 10],
    ['p010le', 10],
    ['gbrp12le', 12],
    ['yuv444p12le', 12],
    ['xyz12le', 12],
    ['yuva444p16le', 16],
    ['rgb48le', 16],
    ['rgba64be', 16],
    ['gray16le', 16],
    ['grayf32le', 32],
    ['bayer_rggb16le', 16],
  ])('%s has %i bits', (format, bits) => {
    expect(bitDepthFromPixelFormat(format)).toBe(bits);
  });

  it('says nothing for unknown or missing formats', () => {
    expect(bitDepthFromPixelFormat('unknownfmt')).toBeNull();
    expect(bitDepthFromPixelFormat(undefined)).toBeNull();
  });
});
