import { rational } from './rational';
import { subclipArgs } from './subclip-args';

describe('subclipArgs', () => {
  it('cuts on frame numbers, keeps exactly the frames asked for, and stamps the first frame timecode', () => {
    const args = subclipArgs({
      input: 'in.mp4',
      output: 'out.mov',
      startFrame: 25,
      frameCount: 10,
      frameRate: rational(25),
      startTimecode: '10:00:01:00',
      hasAudio: true,
    });
    expect(args).toContain('trim=start_frame=25:end_frame=35,setpts=PTS-STARTPTS');
    expect(args[args.indexOf('-frames:v') + 1]).toBe('10');
    expect(args).toContain('atrim=start=1:end=1.4,asetpts=PTS-STARTPTS');
    expect(args[args.indexOf('-timecode') + 1]).toBe('10:00:01:00');
    expect(args.slice(-1)).toEqual(['out.mov']);
  });

  it('maps no audio when the source has none and writes no timecode when none is known', () => {
    const args = subclipArgs({
      input: 'in.mp4',
      output: 'out.mov',
      startFrame: 0,
      frameCount: 3,
      frameRate: rational(24000, 1001),
      startTimecode: null,
      hasAudio: false,
    });
    expect(args).not.toContain('0:a:0');
    expect(args).not.toContain('-timecode');
    expect(args[args.indexOf('-r') + 1]).toBe('24000/1001');
  });
});
