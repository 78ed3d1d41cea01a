import { posterArgs, posterTimeSeconds } from './poster-args';

describe('posterArgs', () => {
  it('seeks before the input and writes one JPEG no wider than 1280, square pixels', () => {
    expect(posterArgs({ input: 'in.mp4', output: 'poster.jpg', seconds: 12.3456 })).toEqual([
      '-ss',
      '12.346',
      '-i',
      'in.mp4',
      '-map',
      '0:v:0',
      '-frames:v',
      '1',
      '-vf',
      "scale=w='min(1280,round(iw*sar/2)*2)':h='round(ow/dar/2)*2',setsar=1",
      '-f',
      'image2',
      '-c:v',
      'mjpeg',
      '-q:v',
      '3',
      '-update',
      '1',
      'poster.jpg',
    ]);
  });

  it('does not seek for time 0 and takes another maximum width', () => {
    const args = posterArgs({ input: 'in', output: 'out', seconds: 0, maxWidth: 640 });
    expect(args).not.toContain('-ss');
    expect(args[args.indexOf('-vf') + 1]).toContain('min(640,');
  });
});

describe('posterTimeSeconds', () => {
  it('is 10% in for long media, 1 s for short clips, 0 for sub-second or unknown ones', () => {
    expect(posterTimeSeconds(600)).toBe(60);
    expect(posterTimeSeconds(20)).toBe(2);
    expect(posterTimeSeconds(4)).toBe(1);
    expect(posterTimeSeconds(1.5)).toBe(1);
    expect(posterTimeSeconds(0.5)).toBe(0);
    expect(posterTimeSeconds(null)).toBe(0);
  });
});
