import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { secondsToFrames } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { sceneThumbnailArgs, type ThumbnailSelection } from './scene-thumbnail-args';
import { showinfoTime } from './showinfo';
import { requireDuration, requireVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface SceneThumbnailOptions extends MediaJobOptions {
  /** How many thumbnails are wanted; default 12. */
  count?: number;
  /** Scene change score, 0..1; default 0.4. */
  threshold?: number;
  /** Default 320. */
  width?: number;
  metadata?: TechnicalMetadata;
}

export interface Thumbnail {
  file: string;
  seconds: number;
  /** Frame number from the start, when the frame rate is known. */
  frame: number | null;
}

/**
 * Writes JPEG thumbnails at scene changes (at most about 2 × count, spread over the clip). When
 * fewer than `count` scene changes are found, writes `count` thumbnails at even intervals
 * instead; a still-length clip (one frame, or a few) gets its first frame. Returns them in time order.
 */
export async function makeSceneThumbnails(
  input: string,
  outDir: string,
  options: SceneThumbnailOptions = {},
): Promise<Thumbnail[]> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  const duration = requireDuration(source);
  const count = options.count ?? 12;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs(duration);
  const startedAt = Date.now();
  await mkdir(outDir, { recursive: true });

  const numbered = async (name: string) =>
    (await readdir(outDir)).filter((file) => new RegExp(`^${name}-\\d{4,}\\.jpg$`).test(file)).sort();
  const clear = async (name: string) => removeQuietly(...(await numbered(name)).map((file) => join(outDir, file)));

  const pass = async (name: string, selection: ThumbnailSelection, share: [number, number]): Promise<Thumbnail[]> => {
    await clear(name);
    const times: number[] = [];
    await runFfmpeg(
      sceneThumbnailArgs({
        input,
        outputPattern: join(outDir, `${name}-%04d.jpg`),
        width: options.width,
        ...selection,
      }),
      {
        ...options,
        durationSeconds: duration,
        timeoutMs: Math.max(1, timeoutMs - (Date.now() - startedAt)),
        onProgress:
          options.onProgress && ((fraction) => options.onProgress!(share[0] + fraction * (share[1] - share[0]))),
        onStderrLine: (line) => {
          const seconds = showinfoTime(line);
          if (seconds !== null) times.push(seconds);
        },
      },
    );
    const files = await numbered(name);
    if (files.length !== times.length)
      throw new Error(`ffmpeg wrote ${files.length} thumbnails but reported ${times.length}`);
    return files.map((file, i) => ({
      file: join(outDir, file),
      seconds: Math.max(0, times[i]),
      frame: video.frameRate ? secondsToFrames(Math.max(0, times[i]), video.frameRate) : null,
    }));
  };

  try {
    const scenes = await pass(
      'scene',
      { mode: 'scene', threshold: options.threshold, minGapSeconds: duration / count / 2 },
      [0, 0.5],
    );
    if (scenes.length >= count) {
      options.onProgress?.(1);
      return scenes;
    }
    await clear('scene');
    const intervals = await pass('interval', { mode: 'interval', intervalSeconds: duration / count }, [0.5, 0.9]);
    if (intervals.length > 0) return intervals;
    // A one-frame (or few-frame) clip has no frame past the middle of the first interval: show its first frame.
    await clear('interval');
    const first = await pass('first', { mode: 'first' }, [0.9, 1]);
    if (first.length === 0) throw new MediaError('no frame could be decoded for thumbnails');
    return first;
  } catch (error) {
    await Promise.all([clear('scene'), clear('interval'), clear('first')]);
    throw error;
  }
}
