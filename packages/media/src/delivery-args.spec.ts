import type { DeliveryFraming } from './delivery-profile';
import { deliveryArgs, outputTimecode } from './delivery-args';
import { findDeliveryPreset } from './delivery-presets';
import { rational } from './rational';

const source = {
  input: '/m/master.mov',
  hasVideo: true,
  hasAudio: true,
  frameRate: rational(25),
  durationSeconds: 1,
  startTimecode: '10:00:00:00',
};
const preset = (id: string) => findDeliveryPreset(id)!.spec;

describe('deliveryArgs', () => {
  it('decodes once and splits the picture and the sound into a branch per output', () => {
    const args = deliveryArgs(source, [
      { spec: preset('web-h264-1080p'), target: '/o/web.mp4', audioFilter: 'volume=-4dB' },
      { spec: preset('prores-422-hq'), target: '/o/hq.mov' },
    ]);
    expect(args.filter((a) => a === '-i')).toHaveLength(1);
    const graph = args[args.indexOf('-filter_complex') + 1];
    expect(graph).toContain('[0:v:0]split=2[dv0][dv1]');
    expect(graph).toContain('[0:a:0]asplit=2[da0][da1]');
    expect(graph).toContain('[da0]volume=-4dB,aresample=48000,aformat=channel_layouts=stereo[o0a]');
    expect(args.slice(args.indexOf('/o/web.mp4') + 1)).toEqual(
      expect.arrayContaining(['prores_aw', '-profile:v', '3', '/o/hq.mov']),
    );
    expect(args).toEqual(expect.arrayContaining(['-movflags', '+faststart', '-timecode', '10:00:00:00']));
  });

  it('lays a stereo programme on 8 mono tracks, left and right first and silence after', () => {
    const args = deliveryArgs(source, [{ spec: preset('xdcam-hd422'), target: '/o/x.mxf' }]);
    const graph = args[args.indexOf('-filter_complex') + 1];
    expect(graph).toContain('[o0at0s]pan=mono|c0=c0[o0at0]');
    expect(graph).toContain('[o0at1s]pan=mono|c0=c1[o0at1]');
    expect(graph).toContain('[o0at7s]pan=mono|c0=0*c0[o0at7]');
    expect(args.filter((a) => /^\[o0at\d\]$/.test(a))).toHaveLength(8);
    expect(args).toEqual(
      expect.arrayContaining([
        'mpeg2video',
        '-b:v',
        '50000k',
        '-minrate',
        '50000k',
        '-pix_fmt',
        'yuv422p',
        '-f',
        'mxf',
      ]),
    );
  });

  it('makes an HLS ladder with a bit rate per rung and a master playlist', () => {
    const args = deliveryArgs(source, [{ spec: preset('hls-ladder'), target: '/o/hls' }]);
    expect(args).toEqual(
      expect.arrayContaining([
        '-b:v:0',
        '5000k',
        '-b:v:2',
        '1200k',
        '-master_pl_name',
        'master.m3u8',
        '-var_stream_map',
        'v:0,a:0 v:1,a:1 v:2,a:2',
        '/o/hls/stream_%v.m3u8',
      ]),
    );
    expect(args).not.toContain('-crf');
    expect(args[args.indexOf('-filter_complex') + 1]).toContain('scale=854:480');
  });

  it('changes the rate only when the profile names one, and refuses sound from a silent master', () => {
    const master2398 = { ...source, frameRate: rational(24000, 1001), startTimecode: '01:00:00:00' };
    const args = deliveryArgs(master2398, [
      { spec: preset('prores-422-hq'), target: '/o/a.mov' },
      { spec: preset('xdcam-hd422'), target: '/o/b.mxf' },
    ]);
    expect(args.slice(0, args.indexOf('/o/a.mov'))).toEqual(
      expect.arrayContaining(['-r', '24000/1001', '-timecode', '01:00:00:00']),
    );
    expect(args.slice(args.indexOf('/o/a.mov'))).toEqual(expect.arrayContaining(['-r', '25/1']));
    expect(() =>
      deliveryArgs({ ...source, hasAudio: false }, [{ spec: preset('wav-48k-24bit'), target: '/o/a.wav' }]),
    ).toThrow('the master has none');
  });
});

describe('framing', () => {
  const graphOf = (args: string[]) => args[args.indexOf('-filter_complex') + 1];
  const vertical = (framing: DeliveryFraming) => ({
    ...preset('social-9x16-1080x1920'),
    video: { ...preset('social-9x16-1080x1920').video!, framing },
  });
  const hd = { ...source, width: 1920, height: 1080 };

  it('pads with black by default and with a colour when the profile names one', () => {
    expect(graphOf(deliveryArgs(source, [{ spec: preset('web-h264-1080p'), target: '/o/w.mp4' }]))).toContain(
      '[dv0]scale=1920:1080:force_original_aspect_ratio=decrease:flags=bicubic,pad=1920:1080:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p[o0v]',
    );
    const graph = graphOf(
      deliveryArgs(hd, [{ spec: vertical({ fit: 'pad', background: '#1a2b3c' }), target: '/o/v.mp4' }]),
    );
    expect(graph).toContain('pad=1080:1920:(ow-iw)/2:(oh-ih)/2:color=0x1a2b3c');
  });

  it('pads over a small blurred copy of the picture scaled back up', () => {
    const graph = graphOf(deliveryArgs(hd, [{ spec: preset('social-16x9-1080p'), target: '/o/l.mp4' }]));
    expect(graph.split(';')).toEqual(
      expect.arrayContaining([
        '[dv0]split=2[o0vffg][o0vfbg]',
        '[o0vfbg]scale=240:136:force_original_aspect_ratio=increase,crop=240:136,boxblur=4:2,scale=1920:1080,setsar=1[o0vfblur]',
        '[o0vffg]scale=1920:1080:force_original_aspect_ratio=decrease:flags=bicubic,setsar=1[o0vffit]',
        '[o0vfblur][o0vffit]overlay=(W-w)/2:(H-h)/2,format=yuv420p[o0v]',
      ]),
    );
  });

  it('crops the middle, and follows the faces’ path when it is known (the middle when not)', () => {
    const middle = graphOf(deliveryArgs(hd, [{ spec: preset('social-1x1-1080'), target: '/o/s.mp4' }]));
    expect(middle).toContain(
      '[dv0]scale=1080:1080:force_original_aspect_ratio=increase:flags=bicubic,crop=1080:1080,setsar=1,format=yuv420p[o0v]',
    );
    const spec = preset('social-9x16-1080x1920');
    const unknown = graphOf(deliveryArgs(hd, [{ spec, target: '/o/v.mp4' }]));
    expect(unknown).toContain('crop=1080:1920,setsar=1');
    const path = [
      { seconds: 0, x: 100, y: 0 },
      { seconds: 1, x: 500, y: 0 },
    ];
    const following = graphOf(deliveryArgs(hd, [{ spec, target: '/o/v.mp4', cropPath: path }]));
    expect(following).toContain(
      "[dv0]crop=w=606:h=1080:x='100+400*clip((t-0)/1,0,1)':y='0',scale=1080:1920:flags=bicubic,setsar=1,format=yuv420p[o0v]",
    );
  });

  it('draws the title-safe frame inside the middle 90% of the output', () => {
    const graph = graphOf(deliveryArgs(hd, [{ spec: vertical({ fit: 'crop', titleSafe: true }), target: '/o/v.mp4' }]));
    expect(graph).toContain('setsar=1,drawbox=x=54:y=96:w=972:h=1728:color=white@0.6:t=8,format=yuv420p[o0v]');
  });

  it('re-times before framing', () => {
    const graph = graphOf(deliveryArgs(hd, [{ spec: preset('xdcam-hd422'), target: '/o/x.mxf' }]));
    expect(graph).toContain('[dv0]fps=25/1[o0vr];[o0vr]scale=1920:1080');
  });
});

describe('outputTimecode', () => {
  it('keeps the label at the same timecode base and counts the same moment at another', () => {
    expect(outputTimecode({ startTimecode: '01:00:00:12', frameRate: rational(24000, 1001) }, rational(24))).toBe(
      '01:00:00:12',
    );
    expect(outputTimecode({ startTimecode: '01:00:00:12', frameRate: rational(24000, 1001) }, rational(25))).toBe(
      '01:00:00:13',
    );
    expect(outputTimecode({ startTimecode: null, frameRate: rational(25) }, rational(25))).toBeNull();
  });
});
