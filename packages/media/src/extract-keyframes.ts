import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { secondsToFrames } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { sceneThumbnailArgs } from './scene-thumbnail-args';
import { showinfoTime } from './showinfo';
import { requireVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface KeyframeOptions extends MediaJobOptions {
  /** At least one keyframe this often, in seconds; default 5. */
  maxGapSeconds?: number;
  /** Scene change score, 0..1; default 0.3. */
  threshold?: number;
  /** Largest width of a keyframe (never scaled up); default 1280. */
  width?: number;
  metadata?: TechnicalMetadata;
  /** The input is a still image: it is its own one keyframe, nothing is decoded. */
  still?: boolean;
}

export interface Keyframe {
  /** A JPEG still, or the image itself for a still image input. */
  file: string;
  seconds: number;
  /** Frame number from the start, when the frame rate is known. */
  frame: number | null;
}

/**
 * Stills for the picture engines (on-screen text, objects, faces, logos): the first frame, one at
 * each scene change and at least one every `maxGapSeconds`, with their times, in time order. A
 * still image is its own one keyframe. Files are `<outDir>/key-0001.jpg`… (a rerun replaces them).
 */
export async function extractKeyframes(
  input: string,
  outDir: string,
  options: KeyframeOptions = {},
): Promise<Keyframe[]> {
  if (options.still) return [{ file: input, seconds: 0, frame: 0 }];
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  await mkdir(outDir, { recursive: true });
  const numbered = async () => (await readdir(outDir)).filter((file) => /^key-\d{4,}\.jpg$/.test(file)).sort();
  const clear = async () => removeQuietly(...(await numbered()).map((file) => join(outDir, file)));
  await clear();
  const times: number[] = [];
  try {
    await runFfmpeg(
      sceneThumbnailArgs({
        input,
        outputPattern: join(outDir, 'key-%04d.jpg'),
        width: options.width ?? 1280,
        mode: 'keyframes',
        threshold: options.threshold,
        maxGapSeconds: options.maxGapSeconds ?? 5,
      }),
      {
        ...options,
        durationSeconds: source.durationSeconds,
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
        onStderrLine: (line) => {
          const seconds = showinfoTime(line);
          if (seconds !== null) times.push(seconds);
        },
      },
    );
    const files = await numbered();
    if (files.length !== times.length)
      throw new Error(`ffmpeg wrote ${files.length} keyframes but reported ${times.length}`);
    if (files.length === 0) throw new MediaError('no frame could be decoded for keyframes');
    return files.map((file, i) => {
      const seconds = Math.max(0, times[i]);
      return {
        file: join(outDir, file),
        seconds,
        frame: video.frameRate ? secondsToFrames(seconds, video.frameRate, 'floor') : null,
      };
    });
  } catch (error) {
    await clear();
    throw error;
  }
}
