import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MediaError } from './errors';
import { extractSpeechAudio } from './extract-speech-audio';
import { probeMedia } from './probe';
import { ffmpegSync, makeClip, makeTempDir } from './test-media';

// Real read speech (2.99 s at 16 kHz mono) from Debian's pocketsphinx-testdata.
const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';

const dir = makeTempDir('speech-audio');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractSpeechAudio', () => {
  it('writes the speech of a video as a 16 kHz mono 16-bit WAV', async () => {
    // A 320x180 H.264 clip with the speech resampled to 48 kHz stereo AAC, as a camera would record it.
    const video = join(dir, 'speech.mp4');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x180:rate=25',
      '-i',
      SPEECH,
      '-shortest',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-ar',
      '48000',
      '-ac',
      '2',
      video,
    ]);
    const progress: number[] = [];
    const audio = await extractSpeechAudio(video, join(dir, 'out', 'speech.wav'), {
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(progress.at(-1)).toBe(1);
    expect(audio.sampleRate).toBe(16000);
    expect(audio.durationSeconds).toBeGreaterThan(2.8);
    expect(audio.durationSeconds).toBeLessThan(3.2);
    const made = await probeMedia(audio.file);
    expect(made.streams).toEqual([
      expect.objectContaining({ type: 'audio', codec: 'pcm_s16le', channels: 1, sampleRate: 16000 }),
    ]);
    const header = readFileSync(audio.file).subarray(0, 12);
    expect(header.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(header.subarray(8, 12).toString('latin1')).toBe('WAVE');
    // The speech is still there: not silence.
    const samples = readFileSync(audio.file).subarray(44);
    let peak = 0;
    for (let i = 0; i + 1 < samples.length; i += 2) peak = Math.max(peak, Math.abs(samples.readInt16LE(i)));
    expect(peak).toBeGreaterThan(3000);
  });

  it('refuses a video without sound and leaves no file', async () => {
    const silent = makeClip(join(dir, 'silent.mp4'), { seconds: 1, audio: false });
    const output = join(dir, 'silent.wav');
    await expect(extractSpeechAudio(silent, output)).rejects.toThrow(
      new MediaError('the file has no audio stream to transcribe'),
    );
    expect(() => readFileSync(output)).toThrow();
  });
});
