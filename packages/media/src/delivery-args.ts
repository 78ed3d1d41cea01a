import { join } from 'node:path';
import type { DeliveryAudio, DeliveryProfileSpec, DeliveryVideo } from './delivery-profile';
import { formatRational, parseRational, type Rational } from './rational';
import type { CropKey } from './crop-window';
import { framingStatements, type FramingInput } from './framing-filters';
import { framesToTimecode, nominalFps, timecodeToFrames } from '@mam/timecode';

/** What the builder needs to know of the master. */
export interface DeliverySource {
  input: string;
  hasVideo: boolean;
  hasAudio: boolean;
  /** The master's exact rate; null when unknown (a "source" rate then keeps its timestamps). */
  frameRate: Rational | null;
  durationSeconds: number;
  startTimecode: string | null;
  /** The master's picture size (framing a window of it needs it). */
  width?: number | null;
  height?: number | null;
}

export interface DeliveryOutputPlan {
  spec: DeliveryProfileSpec;
  /** A file for single-file containers; a folder for `hls` and `images`. */
  target: string;
  /** The loudness filter chosen for this output's target (see planLoudness); none keeps the level. */
  audioFilter?: string | null;
  /** `faces` framing: the crop window's path over the master (see followFaces); the middle when absent. */
  cropPath?: CropKey[] | null;
}

/** The file names inside an HLS output's folder. */
export const HLS_FILES = { master: 'master.m3u8', variant: (i: number) => `stream_${i}.m3u8` };
/** The file names inside an image set's folder. */
export const IMAGE_FILES = {
  poster: 'poster.jpg',
  thumbnail: (i: number) => `thumb-${String(i).padStart(3, '0')}.jpg`,
};

const PRORES_PROFILES: Record<string, string> = { proxy: '0', lt: '1', standard: '2', hq: '3', '4444': '4' };

/** The rate an output runs at: its own, or the master's. */
export function outputFrameRate(
  video: Pick<DeliveryVideo, 'frameRate'>,
  source: Pick<DeliverySource, 'frameRate'>,
): Rational | null {
  return video.frameRate === 'source' ? source.frameRate : parseRational(video.frameRate);
}

/**
 * The master's start timecode at the output's rate: the same label when the rate keeps its
 * timecode base, else the same moment counted in the output's frames. Null when it has none.
 */
export function outputTimecode(
  source: Pick<DeliverySource, 'startTimecode' | 'frameRate'>,
  rate: Rational | null,
): string | null {
  if (!source.startTimecode || !source.frameRate || !rate) return null;
  try {
    const frames = timecodeToFrames(source.startTimecode, source.frameRate);
    const from = nominalFps(source.frameRate);
    const to = nominalFps(rate);
    return framesToTimecode(from === to ? frames : Math.round((frames / from) * to), rate);
  } catch {
    return null;
  }
}

/** Statements taking one split picture branch to an output's size, rate, framing and pixel format. */
function videoBranch(
  from: string,
  to: string,
  video: DeliveryVideo,
  framing: FramingInput,
  width = video.width,
  height = video.height,
): string[] {
  const rate = video.frameRate === 'source' ? null : parseRational(video.frameRate);
  const tail = [`format=${video.pixelFormat}`, ...(video.scan !== 'progressive' ? [`setfield=${video.scan}`] : [])];
  const retimed = rate ? [`[${from}]fps=${formatRational(rate)}[${to}r]`] : [];
  return [
    ...retimed,
    ...framingStatements(rate ? `${to}r` : from, to, { width, height }, video.framing, framing, tail, `${to}f`),
  ];
}

function colourArgs(video: DeliveryVideo): string[] {
  if (!video.colour) return [];
  const matrix = video.colour === 'bt2020' ? 'bt2020nc' : video.colour;
  return [
    '-color_primaries',
    video.colour,
    '-color_trc',
    video.colour === 'bt470bg' ? 'gamma28' : video.colour === 'bt2020' ? 'bt2020-10' : video.colour,
    '-colorspace',
    matrix,
  ];
}

function videoCodecArgs(video: DeliveryVideo, rate: Rational | null): string[] {
  const gop = video.gop ? ['-g', String(video.gop)] : [];
  const interlaced =
    video.scan !== 'progressive' ? ['-flags', '+ildct+ilme', '-top', video.scan === 'tff' ? '1' : '0'] : [];
  const rateArgs = rate ? ['-r', formatRational(rate), '-fps_mode', 'cfr'] : ['-fps_mode', 'passthrough'];
  const bitRate = video.bitRateKbps
    ? ['-b:v', `${video.bitRateKbps}k`, '-maxrate', `${video.bitRateKbps}k`, '-bufsize', `${video.bitRateKbps * 2}k`]
    : [];
  let codec: string[];
  switch (video.codec) {
    case 'h264':
      codec = [
        '-c:v',
        'libx264',
        '-preset',
        'veryfast',
        '-profile:v',
        video.profile ?? 'high',
        ...(video.bitRateKbps ? bitRate : video.quality !== undefined ? ['-crf', String(video.quality)] : []),
      ];
      break;
    case 'hevc':
      codec = [
        '-c:v',
        'libx265',
        '-preset',
        'faster',
        '-profile:v',
        video.profile ?? 'main',
        '-tag:v',
        'hvc1',
        '-x265-params',
        'log-level=error',
        ...(video.bitRateKbps ? bitRate : video.quality !== undefined ? ['-crf', String(video.quality)] : []),
      ];
      break;
    case 'vp9':
      codec = [
        '-c:v',
        'libvpx-vp9',
        '-deadline',
        'good',
        '-cpu-used',
        '5',
        '-row-mt',
        '1',
        ...(video.bitRateKbps ? ['-b:v', `${video.bitRateKbps}k`] : ['-crf', String(video.quality ?? 33), '-b:v', '0']),
      ];
      break;
    case 'prores':
      // prores_aw: the same profiles as prores_ks at about five times its speed.
      codec = ['-c:v', 'prores_aw', '-profile:v', PRORES_PROFILES[video.profile ?? 'hq'] ?? '3', '-vendor', 'apl0'];
      break;
    case 'dnxhd':
      codec = ['-c:v', 'dnxhd', '-profile:v', video.profile ?? 'dnxhr_hq'];
      break;
    case 'mpeg2video': {
      const kbps = video.bitRateKbps ?? 50_000;
      const profile =
        video.profile === 'main' ? ['-profile:v', '4', '-level:v', '4'] : ['-profile:v', '0', '-level:v', '2'];
      codec = [
        '-c:v',
        'mpeg2video',
        ...profile,
        '-b:v',
        `${kbps}k`,
        '-minrate',
        `${kbps}k`,
        '-maxrate',
        `${kbps}k`,
        '-bufsize',
        `${Math.round(kbps * 0.35)}k`,
        '-bf',
        '2',
        '-intra_vlc',
        '1',
        '-non_linear_quant',
        '1',
        '-qmin',
        '1',
        '-qmax',
        '28',
        '-dc',
        '10',
      ];
      break;
    }
  }
  return [...codec, '-pix_fmt', video.pixelFormat, ...gop, ...interlaced, ...rateArgs, ...colourArgs(video)];
}

function audioCodecArgs(audio: DeliveryAudio): string[] {
  const bitRate = audio.bitRateKbps ? ['-b:a', `${audio.bitRateKbps}k`] : [];
  const codec = { aac: 'aac', opus: 'libopus', mp3: 'libmp3lame', pcm_s16le: 'pcm_s16le', pcm_s24le: 'pcm_s24le' }[
    audio.codec
  ];
  return ['-c:a', codec, ...bitRate, '-ar', String(audio.sampleRate)];
}

function layoutFor(channels: number): string {
  return (
    ({ 1: 'mono', 2: 'stereo', 3: '2.1', 4: 'quad', 5: '5.0', 6: '5.1', 7: '6.1', 8: '7.1' } as Record<number, string>)[
      channels
    ] ?? `${channels}c`
  );
}

function containerArgs(spec: DeliveryProfileSpec): string[] {
  switch (spec.container) {
    case 'mp4':
      return [...(spec.faststart ? ['-movflags', '+faststart'] : []), '-f', 'mp4'];
    case 'mov':
      return [...(spec.faststart ? ['-movflags', '+faststart'] : []), '-f', 'mov'];
    case 'webm':
      return ['-f', 'webm'];
    case 'mxf':
      return ['-f', 'mxf'];
    case 'wav':
      return ['-rf64', 'auto', '-f', 'wav'];
    case 'mp3':
      return ['-id3v2_version', '3', '-f', 'mp3'];
    default:
      return [];
  }
}

/** Counts how many decoded picture and sound branches each output takes. */
function branchesOf(spec: DeliveryProfileSpec): { video: number; audio: number } {
  if (spec.container === 'images') return { video: 2, audio: 0 };
  const rungs = spec.container === 'hls' ? (spec.hls?.rungs.length ?? 0) : 1;
  return { video: spec.video ? rungs : 0, audio: spec.audio ? rungs : 0 };
}

/**
 * One ffmpeg run for every output of one master: the master is decoded once, its picture and
 * sound split into a branch per output (each scaled, re-timed, normalised, laid out in tracks),
 * and every output encoded and muxed in the same process. Outputs that need sound the master does
 * not have must be left out by the caller. Pure.
 */
export function deliveryArgs(source: DeliverySource, outputs: DeliveryOutputPlan[]): string[] {
  const graph: string[] = [];
  const totals = outputs
    .map((output) => branchesOf(output.spec))
    .reduce((a, b) => ({ video: a.video + b.video, audio: a.audio + b.audio }), { video: 0, audio: 0 });
  if (totals.video && !source.hasVideo) throw new RangeError('an output needs a picture and the master has none');
  if (totals.audio && !source.hasAudio) throw new RangeError('an output needs sound and the master has none');
  const videoIn = Array.from({ length: totals.video }, (_, i) => `dv${i}`);
  const audioIn = Array.from({ length: totals.audio }, (_, i) => `da${i}`);
  if (totals.video) graph.push(`[0:v:0]split=${totals.video}${videoIn.map((l) => `[${l}]`).join('')}`);
  if (totals.audio) graph.push(`[0:a:0]asplit=${totals.audio}${audioIn.map((l) => `[${l}]`).join('')}`);
  let v = 0;
  let a = 0;
  const perOutput: string[][] = [];

  const audioBranch = (label: string, audio: DeliveryAudio, filter: string | null | undefined): string[] => {
    const from = audioIn[a++];
    const level = filter ? `${filter},` : '';
    const layout = audio.tracks > 1 ? 'stereo' : layoutFor(audio.channels);
    graph.push(`[${from}]${level}aresample=${audio.sampleRate},aformat=channel_layouts=${layout}[${label}]`);
    if (audio.tracks === 1) return ['-map', `[${label}]`];
    // N mono tracks: the programme's left and right on the first two, silence on the rest.
    const parts = Array.from({ length: audio.tracks }, (_, t) => `${label}t${t}`);
    graph.push(`[${label}]asplit=${audio.tracks}${parts.map((p) => `[${p}s]`).join('')}`);
    parts.forEach((p, t) => graph.push(`[${p}s]pan=mono|c0=${t < 2 ? `c${t}` : '0*c0'}[${p}]`));
    return parts.flatMap((p) => ['-map', `[${p}]`]);
  };

  outputs.forEach((output, o) => {
    const { spec } = output;
    const args: string[] = [];
    if (spec.container === 'images' && spec.images) {
      const poster = `o${o}poster`;
      const thumbs = `o${o}thumbs`;
      const frame = source.frameRate
        ? Math.floor(Math.min(source.durationSeconds * 0.1, 10) * (source.frameRate.num / source.frameRate.den))
        : 0;
      const width = spec.images.width;
      graph.push(`[${videoIn[v++]}]select=eq(n\\,${frame}),scale=${width}:-2,setsar=1[${poster}]`);
      graph.push(
        `[${videoIn[v++]}]fps=${Math.max(spec.images.thumbnails, 1) / Math.max(source.durationSeconds, 0.001)},scale=${width}:-2,setsar=1[${thumbs}]`,
      );
      args.push(
        '-map',
        `[${poster}]`,
        '-frames:v',
        '1',
        '-c:v',
        'mjpeg',
        '-q:v',
        '3',
        '-update',
        '1',
        '-f',
        'image2',
        join(output.target, IMAGE_FILES.poster),
      );
      if (spec.images.thumbnails > 0) {
        args.push(
          '-map',
          `[${thumbs}]`,
          '-frames:v',
          String(spec.images.thumbnails),
          '-c:v',
          'mjpeg',
          '-q:v',
          '4',
          '-start_number',
          '1',
          '-f',
          'image2',
          join(output.target, 'thumb-%03d.jpg'),
        );
      } else graph.push(`[${thumbs}]nullsink`);
      perOutput.push(args);
      return;
    }
    const rate = spec.video ? outputFrameRate(spec.video, source) : null;
    const framing: FramingInput = {
      master: source.width && source.height ? { width: source.width, height: source.height } : null,
      cropPath: output.cropPath,
    };
    if (spec.container === 'hls' && spec.hls && spec.video) {
      const video = spec.video;
      const streams: string[] = [];
      spec.hls.rungs.forEach((rung, r) => {
        const width = Math.round((video.width * rung.height) / video.height / 2) * 2;
        graph.push(...videoBranch(videoIn[v++], `o${o}v${r}`, video, framing, width, rung.height));
        args.push('-map', `[o${o}v${r}]`);
        streams.push(spec.audio ? `v:${r},a:${r}` : `v:${r}`);
      });
      if (spec.audio)
        spec.hls.rungs.forEach((_, r) => args.push(...audioBranch(`o${o}a${r}`, spec.audio!, output.audioFilter)));
      // Each rung its own bit rate, so no profile-wide rate control.
      args.push(...videoCodecArgs({ ...video, bitRateKbps: undefined, quality: undefined }, rate));
      spec.hls.rungs.forEach((rung, r) =>
        args.push(
          `-b:v:${r}`,
          `${rung.bitRateKbps}k`,
          `-maxrate:v:${r}`,
          `${Math.round(rung.bitRateKbps * 1.1)}k`,
          `-bufsize:v:${r}`,
          `${rung.bitRateKbps * 2}k`,
        ),
      );
      if (video.gop) args.push('-keyint_min', String(video.gop), '-sc_threshold', '0');
      if (spec.audio) args.push(...audioCodecArgs(spec.audio));
      const fmp4 = spec.hls.segmentType === 'fmp4';
      args.push(
        '-f',
        'hls',
        '-hls_time',
        String(spec.hls.segmentSeconds),
        '-hls_playlist_type',
        'vod',
        '-hls_segment_type',
        fmp4 ? 'fmp4' : 'mpegts',
        ...(fmp4 ? ['-hls_fmp4_init_filename', 'init_%v.mp4'] : []),
        '-hls_segment_filename',
        join(output.target, `stream_%v_%03d.${fmp4 ? 'm4s' : 'ts'}`),
        '-master_pl_name',
        HLS_FILES.master,
        '-var_stream_map',
        streams.join(' '),
        join(output.target, 'stream_%v.m3u8'),
      );
      perOutput.push(args);
      return;
    }
    if (spec.video) {
      graph.push(...videoBranch(videoIn[v++], `o${o}v`, spec.video, framing));
      args.push('-map', `[o${o}v]`, ...videoCodecArgs(spec.video, rate));
    }
    if (spec.audio) args.push(...audioBranch(`o${o}a`, spec.audio, output.audioFilter), ...audioCodecArgs(spec.audio));
    const timecode = spec.timecode === 'source' ? outputTimecode(source, rate ?? source.frameRate) : null;
    if (timecode) args.push('-timecode', timecode);
    args.push('-map_metadata', '-1', '-map_chapters', '-1', ...containerArgs(spec), output.target);
    perOutput.push(args);
  });
  return ['-i', source.input, '-filter_complex', graph.join(';'), ...perOutput.flat()];
}
