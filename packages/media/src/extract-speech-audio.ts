import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { speechAudioArgs } from './speech-audio-args';
import { audioStreams } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface SpeechAudioOptions extends MediaJobOptions {
  /** Default 16000. */
  sampleRate?: number;
  metadata?: TechnicalMetadata;
}

export interface SpeechAudio {
  file: string;
  durationSeconds: number | null;
  sampleRate: number;
  sizeBytes: number | null;
}

/**
 * Writes the first audio stream as a mono 16-bit PCM WAV (16 kHz unless told), the input of
 * the speech engines. A file without an audio stream is refused with a MediaError.
 */
export async function extractSpeechAudio(
  input: string,
  outputWav: string,
  options: SpeechAudioOptions = {},
): Promise<SpeechAudio> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  if (audioStreams(source).length === 0) throw new MediaError('the file has no audio stream to transcribe');
  const sampleRate = options.sampleRate ?? 16000;
  await ensureParentDir(outputWav);
  try {
    await runFfmpeg(speechAudioArgs({ input, output: outputWav, sampleRate }), {
      ...options,
      durationSeconds: source.durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
    });
    const made = await probeMedia(outputWav, { signal: options.signal, tools: options.tools });
    return { file: outputWav, durationSeconds: made.durationSeconds, sampleRate, sizeBytes: made.sizeBytes };
  } catch (error) {
    await removeQuietly(outputWav);
    throw error;
  }
}
