import { stat } from 'node:fs/promises';
import { loadSharp } from './load-sharp';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { posterArgs, posterTimeSeconds } from './poster-args';
import { probeMedia } from './probe';
import { secondsToFrames } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { requireVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface PosterOptions extends MediaJobOptions {
  /** Default 1280. */
  maxWidth?: number;
  metadata?: TechnicalMetadata;
}

export interface Poster {
  file: string;
  width: number;
  height: number;
  seconds: number;
  /** The frame shown, when the frame rate is known. */
  frame: number | null;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.size > 0,
    () => false,
  );
}

/** Writes one JPEG frame from 10% into the video (1 s in for short clips). */
export async function makePoster(input: string, output: string, options: PosterOptions = {}): Promise<Poster> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  const run = (seconds: number) =>
    runFfmpeg(posterArgs({ input, output, seconds, maxWidth: options.maxWidth }), {
      ...options,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(null),
    });
  await ensureParentDir(output);
  try {
    await removeQuietly(output);
    let seconds = posterTimeSeconds(source.durationSeconds);
    await run(seconds);
    // A duration that overstates the stream leaves nothing to grab: take the first frame instead.
    if (!(await exists(output)) && seconds > 0) await run((seconds = 0));
    if (!(await exists(output))) throw new MediaError('no frame could be decoded for a poster');
    const { width, height } = await (await loadSharp())(output).metadata();
    options.onProgress?.(1);
    return {
      file: output,
      width,
      height,
      seconds,
      frame: video.frameRate ? secondsToFrames(seconds, video.frameRate, 'ceil') : null,
    };
  } catch (error) {
    await removeQuietly(output);
    throw error;
  }
}
