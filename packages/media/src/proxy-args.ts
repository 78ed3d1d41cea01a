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
  /**
   * Also write an HLS stream of the same encode (one decode, one encode, two muxers): fMP4
   * segments of `segmentSeconds` (a keyframe is forced at each boundary) beside `playlist`.
   */
  hls?: HlsOutputArgs;
  /** Reads the input at this multiple of its real-time rate (ffmpeg -readrate); as fast as it can when absent. */
  readRate?: number;
}

export interface HlsOutputArgs {
  /** ffmpeg's own playlist; its segments and initialisation segment go in the same folder. */
  playlist: string;
  segmentSeconds: number;
}

/** ffmpeg's own playlist in the HLS folder (the caller publishes its own from it). */
export const FFMPEG_HLS_PLAYLIST = 'ffmpeg.m3u8';

/** The initialisation segment's and segments' names, in the playlist's folder. */
export const HLS_INIT_FILE = 'init.mp4';
export const HLS_SEGMENT_PATTERN = 'segment-%05d.m4s';

/** Characters the tee muxer would read as its own syntax in a path. */
const TEE_SPECIAL = /[[\\\]|:'"]/;

function teePath(path: string): string {
  if (TEE_SPECIAL.test(path))
    throw new RangeError(`a proxy path may not contain [ ] | : ' " or a backslash: ${JSON.stringify(path)}`);
  return path;
}

/** The tee muxer's output: the faststart MP4 and, from the same packets, the HLS stream. */
function teeOutput(mp4: string, hls: HlsOutputArgs): string[] {
  const folder = hls.playlist.slice(0, hls.playlist.lastIndexOf('/') + 1);
  const hlsOptions = [
    'f=hls',
    `hls_time=${hls.segmentSeconds}`,
    'hls_list_size=0',
    'hls_playlist_type=event',
    'hls_segment_type=fmp4',
    `hls_fmp4_init_filename=${HLS_INIT_FILE}`,
    `hls_segment_filename=${teePath(folder)}${HLS_SEGMENT_PATTERN}`,
    'hls_flags=independent_segments',
  ];
  return ['-f', 'tee', `[f=mp4:movflags=+faststart]${teePath(mp4)}|[${hlsOptions.join(':')}]${teePath(hls.playlist)}`];
}

/** The proxy's video filters (deinterlace, scale to the height, 4:2:0), applied to the source's first video stream. */
export function proxyVideoFilters(options: Pick<ProxyArgsInput, 'height' | 'deinterlace'>): string[] {
  return [
    ...(options.deinterlace ? ['bwdif=mode=send_frame'] : []),
    scaleToHeight(options.height ?? 720),
    'format=yuv420p',
  ];
}

/** The filter merging the first two (mono) audio streams into stereo, labelled `[stereo]`. */
export const MERGE_MONO_PAIR = '[0:a:0][0:a:1]amerge=inputs=2[stereo]';

/**
 * The proxy's output: its encode settings after the given video mapping (and, for a mono pair,
 * the `[stereo]` label mapped from a filter graph the caller declares), then the MP4 (and HLS).
 */
export function proxyOutputArgs(options: ProxyArgsInput, mapping: { video: string[]; audio: string[] }): string[] {
  const video = [...mapping.video, '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p'];
  const rate =
    options.frameRate && !options.variableFrameRate
      ? ['-r', formatRational(options.frameRate), '-fps_mode', 'cfr']
      : ['-fps_mode', 'passthrough'];
  const audio = options.hasAudio
    ? [...mapping.audio, '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-ar', '48000']
    : ['-an'];
  const timecode = options.startTimecode ? ['-timecode', options.startTimecode] : [];
  const keyframes = options.hls ? ['-force_key_frames', `expr:gte(t,n_forced*${options.hls.segmentSeconds})`] : [];
  const output = options.hls
    ? teeOutput(options.output, options.hls)
    : ['-movflags', '+faststart', '-f', 'mp4', options.output];
  return [...video, ...keyframes, ...rate, ...audio, ...timecode, '-sn', '-dn', ...output];
}

/** Reads the input at a multiple of real time, when asked. */
export const readRateArgs = (readRate?: number): string[] => (readRate ? ['-readrate', String(readRate)] : []);

/**
 * ffmpeg arguments for a browser-friendly H.264/AAC MP4 proxy with its moov atom first and, when
 * asked, an HLS stream of the same encode.
 */
export function proxyArgs(options: ProxyArgsInput): string[] {
  const audio = options.mergeMonoPair ? ['-filter_complex', MERGE_MONO_PAIR, '-map', '[stereo]'] : ['-map', '0:a:0'];
  return [
    ...readRateArgs(options.readRate),
    '-i',
    options.input,
    ...proxyOutputArgs(options, { video: ['-map', '0:v:0', '-vf', proxyVideoFilters(options).join(',')], audio }),
  ];
}
