import { audioProxyArgs } from './audio-proxy-args';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { audioStreams } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface AudioProxyOptions extends MediaJobOptions {
  /** AAC bit rate; default 128. */
  bitrateKbps?: number;
  metadata?: TechnicalMetadata;
}

export interface AudioProxy {
  file: string;
  durationSeconds: number | null;
  channels: number;
  sampleRate: number;
  sizeBytes: number | null;
}

/** Writes a stereo AAC .m4a proxy of the first audio stream. */
export async function makeAudioProxy(
  input: string,
  output: string,
  options: AudioProxyOptions = {},
): Promise<AudioProxy> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  if (audioStreams(source).length === 0) throw new MediaError('the file has no audio stream');
  await ensureParentDir(output);
  try {
    await runFfmpeg(audioProxyArgs({ input, output, bitrateKbps: options.bitrateKbps }), {
      ...options,
      durationSeconds: source.durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
    });
    const made = await probeMedia(output, { signal: options.signal, tools: options.tools });
    const [audio] = audioStreams(made);
    return {
      file: output,
      durationSeconds: made.durationSeconds,
      channels: audio.channels ?? 2,
      sampleRate: audio.sampleRate ?? 48000,
      sizeBytes: made.sizeBytes,
    };
  } catch (error) {
    await removeQuietly(output);
    throw error;
  }
}
