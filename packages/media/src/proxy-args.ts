import { formatRational, type Rational } from './rational';
import { scaleToHeight } from './scale-filters';

export interface ProxyArgsInput {
  input: string;
  output: string;
  /** Output height; default 720. The width follows the display aspect ratio, rounded to even. */
  height?: number;
  /** The source's exact rate; the proxy gets the same constant rate. Null keeps the source timestamps as they are. */
  frameRate?: Rational | null;
  /**
   * The source's frame durations vary: every frame is kept once with its own time (no frame
   * duplicated or dropped to fit a constant rate), so the proxy's frames are the master's frames.
   */
  variableFrameRate?: boolean;
  /** Written as the proxy's timecode track so an editor can relink to the master. */
  startTimecode?: string | null;
  hasAudio: boolean;
  /** The first two audio streams are mono (typical of broadcast MXF): merge them into stereo. */
  mergeMonoPair?: boolean;
  /** The source is interlaced: deinterlace (bwdif), one frame per frame. */
  deinterlace?: boolean;
}

/** ffmpeg arguments for a browser-friendly H.264/AAC MP4 proxy with its moov atom first. */
export function proxyArgs(options: ProxyArgsInput): string[] {
  const height = options.height ?? 720;
  const filters = [...(options.deinterlace ? ['bwdif=mode=send_frame'] : []), scaleToHeight(height), 'format=yuv420p'];
  const video = [
    '-map',
    '0:v:0',
    '-vf',
    filters.join(','),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-pix_fmt',
    'yuv420p',
  ];
  const rate =
    options.frameRate && !options.variableFrameRate
      ? ['-r', formatRational(options.frameRate), '-fps_mode', 'cfr']
      : ['-fps_mode', 'passthrough'];
  let audio: string[] = ['-an'];
  if (options.hasAudio) {
    const source = options.mergeMonoPair
      ? ['-filter_complex', '[0:a:0][0:a:1]amerge=inputs=2[stereo]', '-map', '[stereo]']
      : ['-map', '0:a:0'];
    audio = [...source, '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-ar', '48000'];
  }
  const timecode = options.startTimecode ? ['-timecode', options.startTimecode] : [];
  return [
    '-i',
    options.input,
    ...video,
    ...rate,
    ...audio,
    ...timecode,
    '-sn',
    '-dn',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    options.output,
  ];
}
