import { loadSharp } from './load-sharp';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { filmstripArgs, type FilmstripIndex } from './filmstrip-args';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { showinfoTime } from './showinfo';
import { displaySize, requireDuration, requireVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface FilmstripOptions extends MediaJobOptions {
  /** Default 100. */
  maxTiles?: number;
  /** Default 10. */
  columns?: number;
  /** Default 160. */
  tileWidth?: number;
  metadata?: TechnicalMetadata;
}

export interface Filmstrip {
  file: string;
  /** Size of the whole sprite sheet. */
  width: number;
  height: number;
  /** `count` is the number of tiles actually filled. */
  index: FilmstripIndex;
}

/** Writes a JPEG sprite sheet of evenly spaced frames (about 100 tiles, 10 per row) and returns its index. */
export async function makeFilmstrip(input: string, output: string, options: FilmstripOptions = {}): Promise<Filmstrip> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  const durationSeconds = requireDuration(source);
  const shown = displaySize(video);
  if (!shown) throw new MediaError('the video stream has no picture size');
  const { args, index } = filmstripArgs({
    input,
    output,
    durationSeconds,
    displayWidth: shown.width,
    displayHeight: shown.height,
    maxTiles: options.maxTiles,
    columns: options.columns,
    tileWidth: options.tileWidth,
  });
  await ensureParentDir(output);
  let tiles = 0;
  try {
    await runFfmpeg(args, {
      ...options,
      durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(durationSeconds),
      onStderrLine: (line) => {
        if (showinfoTime(line) !== null) tiles++;
      },
    });
    if (tiles === 0) throw new MediaError('no frame could be decoded for a filmstrip');
    const { width, height } = await (await loadSharp())(output).metadata();
    return { file: output, width, height, index: { ...index, count: Math.min(tiles, index.count) } };
  } catch (error) {
    await removeQuietly(output);
    throw error;
  }
}
