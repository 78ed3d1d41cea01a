import { scaleToSize } from './scale-filters';

export interface FilmstripArgsInput {
  input: string;
  output: string;
  durationSeconds: number;
  /** The picture's shape as shown (after pixel aspect and rotation). */
  displayWidth: number;
  displayHeight: number;
  /** Default 100. */
  maxTiles?: number;
  /** Default 1: short clips get fewer tiles rather than repeated frames. */
  minIntervalSeconds?: number;
  /** Default 10. */
  columns?: number;
  /** Default 160. */
  tileWidth?: number;
}

/** How to find a moment in a filmstrip sprite: tile i shows the frame at i × intervalSeconds. */
export interface FilmstripIndex {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
  intervalSeconds: number;
  count: number;
}

/** The filmstrip's planned index and its filters: `showinfo` (named `showinfo@<name>` when given) logs each tile's frame. */
export function filmstripPlan(
  options: Omit<FilmstripArgsInput, 'input' | 'output'>,
  showinfoName?: string,
): { filters: string[]; index: FilmstripIndex } {
  const duration = options.durationSeconds;
  const count = Math.max(
    1,
    Math.min(options.maxTiles ?? 100, Math.floor(duration / (options.minIntervalSeconds ?? 1))),
  );
  const columns = Math.min(options.columns ?? 10, count);
  const rows = Math.ceil(count / columns);
  const tileWidth = options.tileWidth ?? 160;
  const tileHeight = Math.max(2, Math.round((tileWidth * options.displayHeight) / options.displayWidth / 2) * 2);
  const index: FilmstripIndex = { columns, rows, tileWidth, tileHeight, intervalSeconds: duration / count, count };
  const filters = [
    `fps=fps=${count}/${duration}`,
    showinfoName ? `showinfo@${showinfoName}` : 'showinfo',
    scaleToSize(tileWidth, tileHeight),
    `tile=${columns}x${rows}`,
  ];
  return { filters, index };
}

/** The sprite sheet's JPEG settings (one image). */
export const filmstripEncodeArgs = (output: string): string[] => [
  '-frames:v',
  '1',
  '-f',
  'image2',
  '-c:v',
  'mjpeg',
  '-q:v',
  '4',
  '-update',
  '1',
  output,
];

/** ffmpeg arguments for a JPEG sprite sheet of evenly spaced frames, and its planned index. */
export function filmstripArgs(options: FilmstripArgsInput): { args: string[]; index: FilmstripIndex } {
  const { filters, index } = filmstripPlan(options);
  const args = ['-i', options.input, '-map', '0:v:0', '-vf', filters.join(','), ...filmstripEncodeArgs(options.output)];
  return { args, index };
}
