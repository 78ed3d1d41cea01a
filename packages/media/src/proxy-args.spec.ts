import { proxyArgs } from './proxy-args';

const after = (args: string[], option: string) => args[args.indexOf(option) + 1];

describe('proxyArgs', () => {
  it('builds an H.264/AAC faststart MP4 at the exact source rate with the start timecode', () => {
    expect(
      proxyArgs({
        input: 'in.mov',
        output: 'out.mp4',
        frameRate: { num: 24000, den: 1001 },
        startTimecode: '01:00:00:00',
        hasAudio: true,
      }),
    ).toEqual([
      '-i',
      'in.mov',
      '-map',
      '0:v:0',
      '-vf',
      'scale=w=round(720*dar/2)*2:h=720,setsar=1,format=yuv420p',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '23',
      '-pix_fmt',
      'yuv420p',
      '-r',
      '24000/1001',
      '-fps_mode',
      'cfr',
      '-map',
      '0:a:0',
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-ac',
      '2',
      '-ar',
      '48000',
      '-timecode',
      '01:00:00:00',
      '-sn',
      '-dn',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      'out.mp4',
    ]);
  });

  it('uses the requested height and keeps a drop-frame timecode as it is', () => {
    const args = proxyArgs({
      input: 'in',
      output: 'out',
      height: 540,
      frameRate: { num: 30000, den: 1001 },
      startTimecode: '00:59:58;00',
      hasAudio: false,
    });
    expect(after(args, '-vf')).toBe('scale=w=round(540*dar/2)*2:h=540,setsar=1,format=yuv420p');
    expect(after(args, '-r')).toBe('30000/1001');
    expect(after(args, '-timecode')).toBe('00:59:58;00');
  });

  it('passes timestamps through when the rate is unknown, and drops audio when there is none', () => {
    const args = proxyArgs({ input: 'in', output: 'out', frameRate: null, hasAudio: false });
    expect(args).not.toContain('-r');
    expect(after(args, '-fps_mode')).toBe('passthrough');
    expect(args).toContain('-an');
    expect(args).not.toContain('-c:a');
    expect(args).not.toContain('-timecode');
  });

  it("keeps a variable-rate source's frames once each, at their own times, rather than re-timing them to the average rate", () => {
    const args = proxyArgs({
      input: 'in',
      output: 'out',
      frameRate: { num: 1200, den: 59 },
      variableFrameRate: true,
      hasAudio: false,
    });
    expect(args).not.toContain('-r');
    expect(after(args, '-fps_mode')).toBe('passthrough');
  });

  it('merges two mono tracks into stereo and deinterlaces interlaced sources', () => {
    const args = proxyArgs({
      input: 'in.mxf',
      output: 'out',
      frameRate: { num: 25, den: 1 },
      hasAudio: true,
      mergeMonoPair: true,
      deinterlace: true,
    });
    expect(after(args, '-filter_complex')).toBe('[0:a:0][0:a:1]amerge=inputs=2[stereo]');
    expect(args.filter((arg, i) => args[i - 1] === '-map')).toEqual(['0:v:0', '[stereo]']);
    expect(after(args, '-vf')).toMatch(/^bwdif=mode=send_frame,scale=/);
  });

  it('ends with the output so the input and output are where ffmpeg expects them', () => {
    const args = proxyArgs({ input: 'a b.mov', output: 'c d.mp4', frameRate: null, hasAudio: true });
    expect(args[0]).toBe('-i');
    expect(args[1]).toBe('a b.mov');
    expect(args.at(-1)).toBe('c d.mp4');
  });

  it('writes the MP4 and an fMP4 HLS stream from one encode through the tee muxer, a keyframe at each segment boundary', () => {
    const args = proxyArgs({
      input: 'in.mov',
      output: 'work/proxy.mp4',
      frameRate: { num: 25, den: 1 },
      hasAudio: true,
      hls: { playlist: 'work/hls/ffmpeg.m3u8', segmentSeconds: 2 },
      readRate: 1,
    });
    expect(args.slice(0, 4)).toEqual(['-readrate', '1', '-i', 'in.mov']);
    expect(args.filter((arg) => arg === 'libx264')).toHaveLength(1);
    expect(after(args, '-force_key_frames')).toBe('expr:gte(t,n_forced*2)');
    expect(after(args, '-f')).toBe('tee');
    expect(args).not.toContain('-movflags');
    expect(args.at(-1)).toBe(
      '[f=mp4:movflags=+faststart]work/proxy.mp4|[f=hls:hls_time=2:hls_list_size=0:hls_playlist_type=event:' +
        'hls_segment_type=fmp4:hls_fmp4_init_filename=init.mp4:hls_segment_filename=work/hls/segment-%05d.m4s:' +
        'hls_flags=independent_segments]work/hls/ffmpeg.m3u8',
    );
  });

  it('refuses a path the tee muxer would read as its own syntax', () => {
    expect(() =>
      proxyArgs({
        input: 'in',
        output: 'C:/work|x/proxy.mp4',
        hasAudio: false,
        hls: { playlist: 'work/hls/ffmpeg.m3u8', segmentSeconds: 2 },
      }),
    ).toThrow(/may not contain/);
  });
});
