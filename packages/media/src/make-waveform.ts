import { writeFile } from 'node:fs/promises';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs } from './media-options';
import { probeMedia } from './probe';
import { removeQuietly } from './remove-quietly';
import { audioStreams } from './streams';
import type { TechnicalMetadata } from './technical-metadata';
import { waveformPeaks, type WaveformOptions, type WaveformPeaks } from './waveform-peaks';

export interface MakeWaveformOptions extends WaveformOptions {
  metadata?: TechnicalMetadata;
}

/** The JSON file's content. */
export interface WaveformFile extends WaveformPeaks {
  version: 1;
}

export interface Waveform {
  file: string;
  sampleRate: number;
  bucketsPerSecond: number;
  /** Number of [min, max] pairs. */
  buckets: number;
  durationSeconds: number;
}

/** Writes the first audio stream's min/max peaks as JSON (see WaveformFile). */
export async function makeWaveform(
  input: string,
  output: string,
  options: MakeWaveformOptions = {},
): Promise<Waveform> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  if (audioStreams(source).length === 0) throw new MediaError('the file has no audio stream');
  const result = await waveformPeaks(input, {
    ...options,
    durationSeconds: options.durationSeconds ?? source.durationSeconds,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
  });
  return writeWaveformFile(output, result);
}

/** Writes peaks as the waveform's JSON file (see WaveformFile). */
export async function writeWaveformFile(output: string, result: WaveformPeaks): Promise<Waveform> {
  await ensureParentDir(output);
  const content: WaveformFile = { version: 1, ...result };
  try {
    await writeFile(output, JSON.stringify(content));
  } catch (error) {
    await removeQuietly(output);
    throw error;
  }
  return {
    file: output,
    sampleRate: result.sampleRate,
    bucketsPerSecond: result.bucketsPerSecond,
    buckets: result.peaks.length / 2,
    durationSeconds: result.durationSeconds,
  };
}
