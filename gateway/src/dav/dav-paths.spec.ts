import { drivePath, hrefOf, titleFromName, unfitNameReason } from './dav-paths';

describe('drive paths', () => {
  it('decodes the names under /dav and refuses dot segments, separators and bad encoding', () => {
    expect(drivePath('/dav')).toEqual([]);
    expect(drivePath('/dav/Harbour%20dawn/res-%e2%82%ac')).toEqual(['Harbour dawn', 'res-€']);
    expect(drivePath('/davx/a')).toBeUndefined();
    expect(drivePath('/dav/a/%2e%2e')).toBeUndefined();
    expect(drivePath('/dav/a%5cb')).toBeUndefined();
    expect(drivePath('/dav/%e2%82')).toBeUndefined();
  });

  it('encodes hrefs name by name, folders with a trailing slash', () => {
    expect(hrefOf(['Harbour dawn', 'Clip (2).mov'], false)).toBe('/dav/Harbour%20dawn/Clip%20%282%29.mov');
    expect(hrefOf(['Harbour'], true)).toBe('/dav/Harbour/');
    expect(hrefOf([], true)).toBe('/dav/');
  });

  it('refuses names Windows or macOS cannot hold, with the reason', () => {
    expect(unfitNameReason('a:b.mov')).toMatch(/cannot contain/);
    expect(unfitNameReason('take. ')).toMatch(/end with a dot or a space/);
    expect(unfitNameReason('NUL.txt')).toMatch(/device name/);
    expect(unfitNameReason('Dawn patrol.mov')).toBeUndefined();
  });

  it('titles an asset after the file name without its extension', () => {
    expect(titleFromName('Dawn patrol.mp4')).toBe('Dawn patrol');
    expect(titleFromName('res')).toBe('res');
  });
});
