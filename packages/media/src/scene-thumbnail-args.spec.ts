import { sceneThumbnailArgs } from './scene-thumbnail-args';

describe('sceneThumbnailArgs', () => {
  it('selects scene changes on small frames, at least the gap apart, and logs their times', () => {
    expect(
      sceneThumbnailArgs({ input: 'in.mp4', outputPattern: 'dir/scene-%04d.jpg', mode: 'scene', minGapSeconds: 2.5 }),
    ).toEqual([
      '-i',
      'in.mp4',
      '-map',
      '0:v:0',
      '-vf',
      "scale=w=320:h=round(320/dar/2)*2,setsar=1,select='gt(scene,0.4)*(isnan(prev_selected_t)+gte(t-prev_selected_t,2.5))',showinfo",
      '-fps_mode',
      'vfr',
      '-f',
      'image2',
      '-c:v',
      'mjpeg',
      '-q:v',
      '4',
      '-start_number',
      '1',
      'dir/scene-%04d.jpg',
    ]);
  });

  it('takes a frame in the middle of every interval', () => {
    const args = sceneThumbnailArgs({
      input: 'in',
      outputPattern: 'o-%04d.jpg',
      mode: 'interval',
      intervalSeconds: 10 / 3,
      width: 240,
    });
    expect(args[args.indexOf('-vf') + 1]).toBe(
      "select='gte(t,1.666667)*(isnan(prev_selected_t)+gte(t-prev_selected_t,3.333333))',scale=w=240:h=round(240/dar/2)*2,setsar=1,showinfo",
    );
  });

  it('uses the given scene threshold', () => {
    const args = sceneThumbnailArgs({
      input: 'in',
      outputPattern: 'o-%04d.jpg',
      mode: 'scene',
      threshold: 0.25,
      minGapSeconds: 1,
    });
    expect(args[args.indexOf('-vf') + 1]).toContain('gt(scene,0.25)');
  });

  it('takes just the first frame of a still-length clip', () => {
    const args = sceneThumbnailArgs({ input: 'in', outputPattern: 'o-%04d.jpg', mode: 'first' });
    expect(args[args.indexOf('-vf') + 1]).toBe('scale=w=320:h=round(320/dar/2)*2,setsar=1,showinfo');
    expect(args.slice(args.indexOf('-frames:v'), args.indexOf('-frames:v') + 2)).toEqual(['-frames:v', '1']);
  });
});

describe('sceneThumbnailArgs for keyframes', () => {
  it('takes the first frame, every scene change and at least one frame per gap, never scaling up', () => {
    const args = sceneThumbnailArgs({
      input: 'in.mov',
      outputPattern: 'dir/key-%04d.jpg',
      mode: 'keyframes',
      threshold: 0.25,
      maxGapSeconds: 5,
      width: 1280,
    });
    expect(args[args.indexOf('-vf') + 1]).toBe(
      "scale=w='min(1280,round(iw*sar/2)*2)':h='round(ow/dar/2)*2',setsar=1,select='isnan(prev_selected_t)+gt(scene,0.25)+gte(t-prev_selected_t,5)',showinfo",
    );
    expect(args).not.toContain('-frames:v');
    expect(args.at(-1)).toBe('dir/key-%04d.jpg');
  });
});
