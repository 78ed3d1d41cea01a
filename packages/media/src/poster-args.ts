import { scaleToMaxWidth } from './scale-filters';

export interface PosterArgsInput {
  input: string;
  output: string;
  /** Where to take the frame; see posterTimeSeconds. */
  seconds: number;
  /** Default 1280; smaller sources are not enlarged. */
  maxWidth?: number;
}

/** 10% into the media, but at least 1 s in (short clips), and 0 for clips under a second. */
export function posterTimeSeconds(durationSeconds: number | null): number {
  if (!durationSeconds || durationSeconds <= 1) return 0;
  return Math.max(1, durationSeconds * 0.1);
}

/** The poster's JPEG settings, for one frame. */
export const posterEncodeArgs = (output: string): string[] => [
  '-f',
  'image2',
  '-c:v',
  'mjpeg',
  '-q:v',
  '3',
  '-update',
  '1',
  output,
];

/** ffmpeg arguments for one JPEG frame at a time. */
export function posterArgs(options: PosterArgsInput): string[] {
  const seek = options.seconds > 0 ? ['-ss', String(Math.round(options.seconds * 1000) / 1000)] : [];
  return [
    ...seek,
    '-i',
    options.input,
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-vf',
    scaleToMaxWidth(options.maxWidth ?? 1280),
    ...posterEncodeArgs(options.output),
  ];
}
