import { createReadStream } from 'node:fs';
import { MediaError } from './errors';
import type { MediaJobOptions } from './media-options';
import { createPeakAccumulator } from './peak-accumulator';
import { runFfmpeg } from './run-ffmpeg';

export const WAVEFORM_SAMPLE_RATE = 8000;

export interface WaveformOptions extends MediaJobOptions {
  /** Peaks per second of audio; default 20. */
  bucketsPerSecond?: number;
  /** Or a total number of peaks, spread over `durationSeconds`. */
  buckets?: number;
  /** Known duration: needed with `buckets`, and for progress. */
  durationSeconds?: number | null;
}

export interface WaveformPeaks {
  sampleRate: number;
  samplesPerBucket: number;
  bucketsPerSecond: number;
  /** [min0, max0, min1, max1, ...] in -1..1. */
  peaks: number[];
  /** From the decoded samples. */
  durationSeconds: number;
}

/** The output that decodes the first audio stream to 8 kHz mono s16le, into `target` (a file or `pipe:1`). */
export function waveformOutputArgs(target: string): string[] {
  return [
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-ac',
    '1',
    '-ar',
    String(WAVEFORM_SAMPLE_RATE),
    '-c:a',
    'pcm_s16le',
    '-f',
    's16le',
    target,
  ];
}

/** ffmpeg arguments that decode the first audio stream to 8 kHz mono s16le on stdout. */
export function waveformDecodeArgs(input: string): string[] {
  return ['-i', input, ...waveformOutputArgs('pipe:1')];
}

function samplesPerBucket(options: WaveformOptions): number {
  if (options.buckets !== undefined) {
    if (!options.durationSeconds) throw new RangeError('waveform buckets need durationSeconds');
    return Math.max(1, Math.ceil((options.durationSeconds * WAVEFORM_SAMPLE_RATE) / options.buckets));
  }
  return Math.max(1, Math.round(WAVEFORM_SAMPLE_RATE / (options.bucketsPerSecond ?? 20)));
}

/** Min/max peaks of a file's first audio stream, decoded and reduced as a stream. */
export async function waveformPeaks(path: string, options: WaveformOptions = {}): Promise<WaveformPeaks> {
  const perBucket = samplesPerBucket(options);
  const accumulator = createPeakAccumulator(perBucket);
  const expectedSamples = (options.durationSeconds ?? 0) * WAVEFORM_SAMPLE_RATE;
  let decodedBytes = 0;
  let reported = 0;
  await runFfmpeg(waveformDecodeArgs(path), {
    ...options,
    onStdout: (chunk) => {
      accumulator.push(chunk);
      decodedBytes += chunk.length;
      const fraction = expectedSamples > 0 ? Math.min(0.99, decodedBytes / 2 / expectedSamples) : 0;
      if (options.onProgress && fraction >= reported + 0.01) options.onProgress((reported = fraction));
    },
  });
  const result = finishPeaks(accumulator, perBucket);
  options.onProgress?.(1);
  return result;
}

function finishPeaks(accumulator: ReturnType<typeof createPeakAccumulator>, perBucket: number): WaveformPeaks {
  const { peaks, samples } = accumulator.finish();
  if (samples === 0) throw new MediaError('the audio stream decoded to no samples');
  return {
    sampleRate: WAVEFORM_SAMPLE_RATE,
    samplesPerBucket: perBucket,
    bucketsPerSecond: WAVEFORM_SAMPLE_RATE / perBucket,
    peaks,
    durationSeconds: samples / WAVEFORM_SAMPLE_RATE,
  };
}

/** Min/max peaks of samples an ffmpeg run already decoded into a file (see waveformOutputArgs). */
export async function waveformPeaksOfFile(samplesFile: string, options: WaveformOptions = {}): Promise<WaveformPeaks> {
  const perBucket = samplesPerBucket(options);
  const accumulator = createPeakAccumulator(perBucket);
  for await (const chunk of createReadStream(samplesFile)) accumulator.push(chunk as Buffer);
  return finishPeaks(accumulator, perBucket);
}
