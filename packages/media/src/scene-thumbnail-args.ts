import { scaleToMaxWidth, scaleToWidth } from './scale-filters';

interface CommonInput {
  input: string;
  /** A numbered image2 pattern, e.g. `<dir>/thumb-%04d.jpg`; numbering starts at 1. */
  outputPattern: string;
  /** Default 320. */
  width?: number;
}

/**
 * Which frames: where the picture changes (score above threshold, at least minGapSeconds
 * apart), one in the middle of every interval, the first frame that decodes (a still-length
 * clip, shorter than half an interval), or keyframes for the picture engines: the first frame,
 * every scene change, and at least one every maxGapSeconds.
 */
export type ThumbnailSelection =
  | { mode: 'scene'; threshold?: number; minGapSeconds: number }
  | { mode: 'interval'; intervalSeconds: number }
  | { mode: 'first' }
  | { mode: 'keyframes'; threshold?: number; maxGapSeconds: number };

export type SceneThumbnailArgsInput = CommonInput & ThumbnailSelection;

const decimal = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** The selection of scene and interval modes as a filter (no scaling), shared with the one-decode run. */
export function thumbnailSelectFilter(selection: ThumbnailSelection & { mode: 'scene' | 'interval' }): string {
  if (selection.mode === 'scene') {
    const gap = decimal(selection.minGapSeconds);
    return `select='gt(scene,${selection.threshold ?? 0.4})*(isnan(prev_selected_t)+gte(t-prev_selected_t,${gap}))'`;
  }
  const interval = decimal(selection.intervalSeconds);
  return `select='gte(t,${decimal(selection.intervalSeconds / 2)})*(isnan(prev_selected_t)+gte(t-prev_selected_t,${interval}))'`;
}

/** The thumbnails' JPEG settings, numbered from 1. */
export const thumbnailEncodeArgs = (outputPattern: string): string[] => [
  '-fps_mode',
  'vfr',
  '-f',
  'image2',
  '-c:v',
  'mjpeg',
  '-q:v',
  '4',
  '-start_number',
  '1',
  outputPattern,
];

/**
 * ffmpeg arguments for numbered JPEG thumbnails. A `showinfo` filter logs each written frame's
 * pts_time to stderr, in order (see parseShowinfoTimes).
 */
export function sceneThumbnailArgs(options: SceneThumbnailArgsInput): string[] {
  const width = options.width ?? 320;
  let filters: string[];
  if (options.mode === 'scene') {
    // Scene scores are computed on the small frames: far cheaper, and as telling.
    filters = [scaleToWidth(width), thumbnailSelectFilter(options), 'showinfo'];
  } else if (options.mode === 'keyframes') {
    const gap = decimal(options.maxGapSeconds);
    filters = [
      scaleToMaxWidth(width),
      `select='isnan(prev_selected_t)+gt(scene,${options.threshold ?? 0.3})+gte(t-prev_selected_t,${gap})'`,
      'showinfo',
    ];
  } else if (options.mode === 'first') {
    filters = [scaleToWidth(width), 'showinfo'];
  } else {
    filters = [thumbnailSelectFilter(options), scaleToWidth(width), 'showinfo'];
  }
  const first = options.mode === 'first' ? ['-frames:v', '1'] : [];
  return [
    '-i',
    options.input,
    '-map',
    '0:v:0',
    '-vf',
    filters.join(','),
    ...first,
    ...thumbnailEncodeArgs(options.outputPattern),
  ];
}
