import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { posterArgs } from './poster-args';
import { runFfmpeg } from './run-ffmpeg';

export interface FrameStillOptions extends MediaJobOptions {
  /** A time inside the wanted frame (its middle: frameSeekTime), so the seek lands on exactly that frame. */
  seconds: number;
  /** Default 320; smaller sources are not enlarged. */
  maxWidth?: number;
}

/** Writes the JPEG of the frame at `seconds` (ffmpeg seeks the input, so only what that frame needs is decoded). */
export async function makeFrameStill(input: string, output: string, options: FrameStillOptions): Promise<string> {
  if (!Number.isFinite(options.seconds) || options.seconds < 0)
    throw new MediaError(`no frame at ${options.seconds} s`);
  await ensureParentDir(output);
  await runFfmpeg(posterArgs({ input, output, seconds: options.seconds, maxWidth: options.maxWidth ?? 320 }), {
    ...options,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(null),
  });
  return output;
}
