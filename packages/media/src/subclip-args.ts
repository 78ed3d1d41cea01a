import { formatRational, rationalToNumber, type Rational } from './rational';

export interface SubclipArgsInput {
  input: string;
  output: string;
  /** First frame to keep, counted from the media's first frame (0). */
  startFrame: number;
  /** How many frames to keep: exactly these many are written. */
  frameCount: number;
  frameRate: Rational;
  /** Written as the subclip's timecode: its first frame's. */
  startTimecode: string | null;
  hasAudio: boolean;
}

const seconds = (frames: number, rate: Rational) => String(Math.round((frames / rationalToNumber(rate)) * 1e6) / 1e6);

/**
 * ffmpeg arguments for a frame-accurate subclip: the video decoded and cut on frame numbers
 * (trim on start_frame/end_frame, not a seek to the nearest key frame), encoded as lossless
 * H.264 at the source's exact rate, audio cut to the same time span as PCM, in QuickTime with the
 * first frame's timecode.
 */
export function subclipArgs(options: SubclipArgsInput): string[] {
  const end = options.startFrame + options.frameCount;
  const video = [
    '-map',
    '0:v:0',
    '-vf',
    `trim=start_frame=${options.startFrame}:end_frame=${end},setpts=PTS-STARTPTS`,
    '-frames:v',
    String(options.frameCount),
    '-r',
    formatRational(options.frameRate),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-qp',
    '0',
  ];
  const audio = options.hasAudio
    ? [
        '-map',
        '0:a:0',
        '-af',
        `atrim=start=${seconds(options.startFrame, options.frameRate)}:end=${seconds(end, options.frameRate)},asetpts=PTS-STARTPTS`,
        '-c:a',
        'pcm_s16le',
      ]
    : [];
  const timecode = options.startTimecode ? ['-timecode', options.startTimecode] : [];
  return ['-i', options.input, ...video, ...audio, ...timecode, '-sn', '-dn', '-f', 'mov', options.output];
}
