import { cleanFilename } from './clean-filename';

describe('cleanFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ed\\Desktop\\cut 3.mov', 'cut 3.mov'],
    ['..', 'untitled'],
    ['', 'untitled'],
    ['clip\u0000\u001f.mp4', 'clip.mp4'],
    ['../東京タワー 夜景 ß.mp4', '東京タワー 夜景 ß.mp4'],
    ['Cafe\u0301.mov', 'Café.mov'],
  ])('%j becomes %j', (raw, clean) => {
    expect(cleanFilename(raw)).toBe(clean);
  });

  it('keeps at most 255 bytes without splitting a character', () => {
    const name = cleanFilename('映'.repeat(200));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe('映'.repeat(85));
  });
});
