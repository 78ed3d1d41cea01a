import { waveformDecodeArgs } from './waveform-peaks';

describe('waveformDecodeArgs', () => {
  it('decodes the first audio stream to 8 kHz mono s16le on stdout', () => {
    expect(waveformDecodeArgs('in.mov')).toEqual([
      '-i',
      'in.mov',
      '-map',
      '0:a:0',
      '-vn',
      '-sn',
      '-dn',
      '-ac',
      '1',
      '-ar',
      '8000',
      '-c:a',
      'pcm_s16le',
      '-f',
      's16le',
      'pipe:1',
    ]);
  });
});
