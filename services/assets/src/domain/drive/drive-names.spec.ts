import { driveSafeName, masterName, proxyName, uniqueNames } from './drive-names';

describe('drive names', () => {
  it('replaces characters Windows or macOS forbid and trims trailing dots and spaces', () => {
    expect(driveSafeName('Harbour: dawn/dusk? <take> "1" | *final*. ')).toBe(
      'Harbour_ dawn_dusk_ _take_ _1_ _ _final_',
    );
    expect(driveSafeName('a\u0000b\tc')).toBe('a_b_c');
  });

  it('keeps device names and empty names from reaching a disk', () => {
    expect(driveSafeName('CON')).toBe('_CON');
    expect(driveSafeName('lpt1.txt')).toBe('_lpt1.txt');
    expect(driveSafeName('...')).toBe('_');
  });

  it('names masters after the title with the file extension, once', () => {
    expect(masterName('Harbour at dawn', 'A001_C002.MOV')).toBe('Harbour at dawn.MOV');
    expect(masterName('clip.mov', 'clip.mov')).toBe('clip.mov');
    expect(masterName('res', 'res')).toBe('res');
  });

  it('names proxies after the title and version', () => {
    expect(proxyName('Harbour: dawn', 3, 'renditions/a/v/proxy/proxy.mp4')).toBe('Harbour_ dawn v3.proxy.mp4');
  });

  it('makes names unique in a folder, ignoring case, before the extension', () => {
    const unique = uniqueNames();
    expect(['Clip.mov', 'clip.MOV', 'clip.mov', 'Clip v1.proxy.mp4', 'clip v1.proxy.mp4', 'Notes'].map(unique)).toEqual(
      ['Clip.mov', 'clip (2).MOV', 'clip (3).mov', 'Clip v1.proxy.mp4', 'clip v1 (2).proxy.mp4', 'Notes'],
    );
  });
});
