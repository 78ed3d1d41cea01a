import { speechAudioArgs } from './speech-audio-args';

describe('speechAudioArgs', () => {
  it('builds a 16 kHz mono 16-bit WAV of the first audio stream, without metadata', () => {
    expect(speechAudioArgs({ input: 'in.mov', output: 'out.wav' })).toEqual([
      '-i',
      'in.mov',
      '-map',
      '0:a:0',
      '-vn',
      '-sn',
      '-dn',
      '-map_metadata',
      '-1',
      '-c:a',
      'pcm_s16le',
      '-ac',
      '1',
      '-ar',
      '16000',
      '-f',
      'wav',
      'out.wav',
    ]);
  });

  it('takes another sample rate', () => {
    const args = speechAudioArgs({ input: 'in', output: 'out', sampleRate: 8000 });
    expect(args[args.indexOf('-ar') + 1]).toBe('8000');
  });
});
