import { audioProxyArgs } from './audio-proxy-args';

describe('audioProxyArgs', () => {
  it('builds a stereo 48 kHz AAC .m4a of the first audio stream', () => {
    expect(audioProxyArgs({ input: 'in.wav', output: 'out.m4a' })).toEqual([
      '-i',
      'in.wav',
      '-map',
      '0:a:0',
      '-vn',
      '-sn',
      '-dn',
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-ac',
      '2',
      '-ar',
      '48000',
      '-movflags',
      '+faststart',
      '-f',
      'ipod',
      'out.m4a',
    ]);
  });

  it('takes another bit rate', () => {
    const args = audioProxyArgs({ input: 'in', output: 'out', bitrateKbps: 192 });
    expect(args[args.indexOf('-b:a') + 1]).toBe('192k');
  });
});
