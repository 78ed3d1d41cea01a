import { parseRational } from './rational';

export type DeliveryContainer = 'mp4' | 'mov' | 'webm' | 'mxf' | 'wav' | 'mp3' | 'hls' | 'images';
export type DeliveryVideoCodec = 'h264' | 'hevc' | 'vp9' | 'prores' | 'dnxhd' | 'mpeg2video';
export type DeliveryAudioCodec = 'aac' | 'opus' | 'mp3' | 'pcm_s16le' | 'pcm_s24le';
/** progressive, or interlaced with the top or bottom field first. */
export type DeliveryScan = 'progressive' | 'tff' | 'bff';

export interface DeliveryVideo {
  codec: DeliveryVideoCodec;
  /** The codec's profile as ffmpeg names it: high, main, baseline (H.264), main (H.265), hq (ProRes 422 HQ), dnxhr_hq, 422 (MPEG-2). */
  profile?: string;
  width: number;
  height: number;
  /** Exact rational ("25", "24000/1001"), or "source" to keep the master's rate. */
  frameRate: string;
  scan: DeliveryScan;
  pixelFormat: string;
  /** Constant or target bit rate; or `quality` (CRF) instead. */
  bitRateKbps?: number;
  quality?: number;
  /** Frames between key frames. */
  gop?: number;
  /** bt709, smpte170m, bt2020…: primaries, transfer and matrix tagged alike. */
  colour?: string;
  /** How a master of another shape fills the frame; padded with black when absent. */
  framing?: DeliveryFraming;
}

/**
 * How the picture fills a frame of another shape (a 16:9 master into 9:16, 1:1, 4:5…): `pad` fits
 * it whole with bars, `crop` fills the frame from the middle, `faces` fills it with a window that
 * follows the faces found in the master (the middle when none are known).
 */
export interface DeliveryFraming {
  fit: 'pad' | 'crop' | 'faces';
  /** pad only: `blur` (the picture itself, blurred, behind) or a colour `#rrggbb`; black when absent. */
  background?: string;
  /** Draws the title-safe area (the middle 90% of each side, SMPTE ST 2046-1) as a thin frame. */
  titleSafe?: boolean;
}

export interface DeliveryLoudness {
  /** Integrated loudness target, LUFS (-23 broadcast, -14 streaming, -16 podcast). */
  integrated: number;
  /** True-peak ceiling, dBTP. */
  truePeak: number;
  /** Loudness range the normalisation may keep, LU. */
  range: number;
}

export interface DeliveryAudio {
  codec: DeliveryAudioCodec;
  /** Channels of each track. */
  channels: number;
  /** Tracks: 1 for one stereo (or mono) track, N for N mono tracks. */
  tracks: number;
  sampleRate: number;
  /** PCM's bit depth (16 or 24); ignored for compressed codecs. */
  bitDepth?: number;
  bitRateKbps?: number;
  loudness?: DeliveryLoudness;
}

export interface DeliveryRung {
  height: number;
  bitRateKbps: number;
}

export interface DeliveryHls {
  segmentSeconds: number;
  segmentType: 'ts' | 'fmp4';
  rungs: DeliveryRung[];
}

export interface DeliveryImages {
  /** Width of the poster and the thumbnails (height follows the picture). */
  width: number;
  /** Thumbnails spread evenly over the duration. */
  thumbnails: number;
}

/** What one delivered output must be: every setting an output is made with and checked against. */
export interface DeliveryProfileSpec {
  container: DeliveryContainer;
  video?: DeliveryVideo;
  audio?: DeliveryAudio;
  /** "source": the output starts at the master's timecode; "none": it carries none. */
  timecode: 'source' | 'none';
  /** MP4/MOV: moov atom first, for playback while downloading. */
  faststart?: boolean;
  hls?: DeliveryHls;
  images?: DeliveryImages;
}

export interface DeliveryProblem {
  field: string;
  reason: string;
}

const VIDEO_CONTAINERS: Record<DeliveryVideoCodec, DeliveryContainer[]> = {
  h264: ['mp4', 'mov', 'mxf', 'hls'],
  hevc: ['mp4', 'mov', 'hls'],
  vp9: ['webm', 'mp4'],
  prores: ['mov'],
  dnxhd: ['mxf', 'mov'],
  mpeg2video: ['mxf', 'mov'],
};

const AUDIO_CONTAINERS: Record<DeliveryAudioCodec, DeliveryContainer[]> = {
  aac: ['mp4', 'mov', 'hls'],
  opus: ['webm', 'mp4'],
  mp3: ['mp3', 'mp4', 'mov'],
  pcm_s16le: ['wav', 'mov', 'mxf'],
  pcm_s24le: ['wav', 'mov', 'mxf'],
};

const PIXEL_FORMATS: Record<DeliveryVideoCodec, string[]> = {
  h264: ['yuv420p', 'yuv422p', 'yuv420p10le', 'yuv422p10le'],
  hevc: ['yuv420p', 'yuv420p10le', 'yuv422p10le'],
  vp9: ['yuv420p', 'yuv420p10le'],
  prores: ['yuv422p10le', 'yuv444p10le'],
  dnxhd: ['yuv422p', 'yuv422p10le'],
  mpeg2video: ['yuv420p', 'yuv422p'],
};

const PROFILES: Partial<Record<DeliveryVideoCodec, string[]>> = {
  h264: ['baseline', 'main', 'high', 'high10', 'high422'],
  hevc: ['main', 'main10'],
  prores: ['proxy', 'lt', 'standard', 'hq', '4444'],
  dnxhd: ['dnxhr_lb', 'dnxhr_sq', 'dnxhr_hq', 'dnxhr_hqx'],
  mpeg2video: ['422', 'main'],
};

const SAMPLE_RATES: Record<DeliveryAudioCodec, number[]> = {
  aac: [44100, 48000],
  opus: [48000],
  mp3: [32000, 44100, 48000],
  pcm_s16le: [44100, 48000, 96000],
  pcm_s24le: [44100, 48000, 96000],
};

const CONTAINERS: DeliveryContainer[] = ['mp4', 'mov', 'webm', 'mxf', 'wav', 'mp3', 'hls', 'images'];

/** Horizontal and vertical chroma subsampling of a pixel format: 4:2:0 halves both, 4:2:2 the width only. */
export function chromaSubsampling(pixelFormat: string): { x: number; y: number } {
  if (pixelFormat.startsWith('yuv420') || pixelFormat.startsWith('nv12')) return { x: 2, y: 2 };
  if (pixelFormat.startsWith('yuv422')) return { x: 2, y: 1 };
  return { x: 1, y: 1 };
}

/** Bits per component of a pixel format (8 unless it says 10 or 12). */
export function pixelFormatBitDepth(pixelFormat: string): number {
  const match = /p(10|12|16)(le|be)?$/.exec(pixelFormat);
  return match ? Number(match[1]) : 8;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function videoProblems(spec: DeliveryProfileSpec, video: DeliveryVideo): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field: `video.${field}`, reason });
  if (!VIDEO_CONTAINERS[video.codec]) {
    add('codec', `unknown video codec ${video.codec}`);
    return problems;
  }
  if (!VIDEO_CONTAINERS[video.codec].includes(spec.container))
    add(
      'codec',
      `${video.codec} cannot be carried in ${spec.container} (only ${VIDEO_CONTAINERS[video.codec].join(', ')})`,
    );
  if (!isPositiveInteger(video.width) || video.width > 8192)
    add('width', `width ${video.width} must be a whole number of pixels from 1 to 8192`);
  if (!isPositiveInteger(video.height) || video.height > 4320)
    add('height', `height ${video.height} must be a whole number of pixels from 1 to 4320`);
  const formats = PIXEL_FORMATS[video.codec];
  if (!formats.includes(video.pixelFormat))
    add('pixelFormat', `${video.codec} cannot be encoded as ${video.pixelFormat} (use ${formats.join(', ')})`);
  const chroma = chromaSubsampling(video.pixelFormat);
  if (isPositiveInteger(video.width) && video.width % chroma.x !== 0)
    add(
      'width',
      `width ${video.width} is odd: ${video.pixelFormat} (chroma subsampled horizontally) needs an even width`,
    );
  if (isPositiveInteger(video.height) && video.height % chroma.y !== 0)
    add('height', `height ${video.height} is odd: ${video.pixelFormat} (4:2:0) needs an even height`);
  if (video.scan !== 'progressive' && isPositiveInteger(video.height) && video.height % (2 * chroma.y) !== 0)
    add('height', `interlaced ${video.pixelFormat} needs a height divisible by ${2 * chroma.y}`);
  if (video.frameRate !== 'source') {
    try {
      const rate = parseRational(video.frameRate);
      if (rate.num <= 0 || rate.num / rate.den > 120)
        add('frameRate', `frame rate ${video.frameRate} must be above 0 and at most 120`);
    } catch (error) {
      add('frameRate', (error as Error).message);
    }
  }
  if (!['progressive', 'tff', 'bff'].includes(video.scan))
    add('scan', `scan ${video.scan} must be progressive, tff or bff`);
  if (video.scan !== 'progressive' && video.codec === 'vp9') add('scan', 'vp9 has no interlaced coding');
  const profiles = PROFILES[video.codec];
  if (video.profile !== undefined && profiles && !profiles.includes(video.profile))
    add('profile', `${video.codec} has no profile ${video.profile} (use ${profiles.join(', ')})`);
  const depth = pixelFormatBitDepth(video.pixelFormat);
  if (video.codec === 'h264' && depth > 8 && ['baseline', 'main', 'high'].includes(video.profile ?? 'high'))
    add(
      'profile',
      `${depth}-bit ${video.pixelFormat} cannot be coded in H.264 ${video.profile ?? 'high'} (8-bit only; use high10 or high422)`,
    );
  if (video.codec === 'h264' && chroma.y === 1 && chroma.x === 2 && video.profile !== 'high422')
    add('profile', `4:2:2 H.264 needs the high422 profile`);
  if (video.codec === 'h264' && video.profile === 'baseline' && video.scan !== 'progressive')
    add('scan', 'H.264 baseline has no interlaced coding');
  if (video.codec === 'hevc' && depth > 8 && video.profile === 'main')
    add('profile', `${depth}-bit cannot be coded in H.265 main (use main10)`);
  if (video.codec === 'mpeg2video' && chroma.y === 1 && video.profile !== '422')
    add('profile', '4:2:2 MPEG-2 needs the 422 profile');
  if (video.codec === 'dnxhd' && (!video.profile || !video.profile.startsWith('dnxhr')))
    add(
      'profile',
      'DNxHD needs a DNxHR profile (dnxhr_lb, dnxhr_sq, dnxhr_hq, dnxhr_hqx) so any resolution is allowed',
    );
  if (video.codec === 'dnxhd' && video.profile === 'dnxhr_hqx' && depth !== 10)
    add('pixelFormat', 'dnxhr_hqx is 10-bit: use yuv422p10le');
  if (video.codec === 'dnxhd' && video.profile !== 'dnxhr_hqx' && depth !== 8)
    add('pixelFormat', `${video.profile} is 8-bit: use yuv422p`);
  if (video.bitRateKbps !== undefined && !(isPositiveInteger(video.bitRateKbps) && video.bitRateKbps <= 1_000_000))
    add('bitRateKbps', `bit rate ${video.bitRateKbps} kb/s must be a whole number from 1 to 1000000`);
  if (video.quality !== undefined && !(Number.isInteger(video.quality) && video.quality >= 0 && video.quality <= 63))
    add('quality', `quality ${video.quality} must be a whole number from 0 to 63`);
  if (video.codec === 'mpeg2video' && video.bitRateKbps === undefined) add('bitRateKbps', 'MPEG-2 needs a bit rate');
  if (video.gop !== undefined && !(isPositiveInteger(video.gop) && video.gop <= 600))
    add('gop', `GOP ${video.gop} must be a whole number of frames from 1 to 600`);
  if (video.framing !== undefined) problems.push(...framingProblems(video.framing));
  if (video.colour !== undefined && !['bt709', 'smpte170m', 'bt470bg', 'bt2020'].includes(video.colour))
    add('colour', `colour ${video.colour} must be bt709, smpte170m, bt470bg or bt2020`);
  return problems;
}

function framingProblems(framing: DeliveryFraming): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field: `video.framing.${field}`, reason });
  if (!['pad', 'crop', 'faces'].includes(framing.fit)) add('fit', `fit ${framing.fit} must be pad, crop or faces`);
  if (framing.background !== undefined) {
    if (framing.fit !== 'pad') add('background', `a background fills the bars of pad, not of ${framing.fit}`);
    else if (framing.background !== 'blur' && !/^#[0-9a-f]{6}$/i.test(framing.background))
      add('background', `background ${framing.background} must be blur or a colour #rrggbb`);
  }
  if (framing.titleSafe !== undefined && typeof framing.titleSafe !== 'boolean')
    add('titleSafe', 'titleSafe must be true or false');
  return problems;
}

function audioProblems(spec: DeliveryProfileSpec, audio: DeliveryAudio): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field: `audio.${field}`, reason });
  const containers = AUDIO_CONTAINERS[audio.codec];
  if (!containers) {
    add('codec', `unknown audio codec ${audio.codec}`);
    return problems;
  }
  if (!containers.includes(spec.container))
    add('codec', `${audio.codec} cannot be carried in ${spec.container} (only ${containers.join(', ')})`);
  if (!isPositiveInteger(audio.channels) || audio.channels > 16)
    add('channels', `channels ${audio.channels} must be a whole number from 1 to 16`);
  if (audio.codec === 'mp3' && audio.channels > 2)
    add('channels', `MP3 carries at most 2 channels, not ${audio.channels}`);
  if (audio.codec === 'aac' && audio.channels > 8)
    add('channels', `AAC carries at most 8 channels, not ${audio.channels}`);
  if (!isPositiveInteger(audio.tracks) || audio.tracks > 16)
    add('tracks', `tracks ${audio.tracks} must be a whole number from 1 to 16`);
  if (audio.tracks > 1 && audio.channels !== 1)
    add('tracks', `${audio.tracks} tracks must be mono tracks (channels 1), not ${audio.channels} channels each`);
  if (audio.tracks > 1 && ['wav', 'mp3', 'hls'].includes(spec.container))
    add('tracks', `${spec.container} carries one audio track`);
  if (!SAMPLE_RATES[audio.codec].includes(audio.sampleRate))
    add(
      'sampleRate',
      `${audio.codec} cannot be sampled at ${audio.sampleRate} Hz (use ${SAMPLE_RATES[audio.codec].join(', ')})`,
    );
  if (audio.codec.startsWith('pcm_')) {
    const depth = audio.codec === 'pcm_s24le' ? 24 : 16;
    if (audio.bitDepth !== undefined && audio.bitDepth !== depth)
      add('bitDepth', `${audio.codec} is ${depth}-bit, not ${audio.bitDepth}-bit`);
  } else if (audio.bitRateKbps === undefined || !(isPositiveInteger(audio.bitRateKbps) && audio.bitRateKbps <= 1024))
    add('bitRateKbps', `${audio.codec} needs a bit rate from 1 to 1024 kb/s`);
  if (audio.codec === 'mp3' && audio.bitRateKbps !== undefined && audio.bitRateKbps > 320)
    add('bitRateKbps', `MP3 goes up to 320 kb/s, not ${audio.bitRateKbps}`);
  const loudness = audio.loudness;
  if (loudness) {
    if (!(loudness.integrated >= -70 && loudness.integrated <= -5))
      add('loudness.integrated', `integrated loudness ${loudness.integrated} LUFS must be from -70 to -5`);
    if (!(loudness.truePeak >= -9 && loudness.truePeak <= 0))
      add('loudness.truePeak', `true-peak ceiling ${loudness.truePeak} dBTP must be from -9 to 0`);
    if (!(loudness.range >= 1 && loudness.range <= 50))
      add('loudness.range', `loudness range ${loudness.range} LU must be from 1 to 50`);
  }
  return problems;
}

/**
 * Everything impossible in a profile, each with the field and a reason fit to show (an odd width
 * with 4:2:0, 8 channels into MP3, 10-bit into baseline H.264…); empty when it can be made. Pure.
 */
export function validateDeliveryProfile(spec: DeliveryProfileSpec): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  if (!CONTAINERS.includes(spec.container))
    return [{ field: 'container', reason: `unknown container ${spec.container} (use ${CONTAINERS.join(', ')})` }];
  if (!['source', 'none'].includes(spec.timecode))
    problems.push({ field: 'timecode', reason: 'timecode must be source or none' });
  const needsVideo = ['mp4', 'mov', 'webm', 'mxf', 'hls'].includes(spec.container);
  if (spec.container === 'images') {
    if (spec.audio) problems.push({ field: 'audio', reason: 'an image set has no audio' });
    if (!spec.images)
      problems.push({ field: 'images', reason: 'an image set needs its poster width and thumbnail count' });
    else {
      if (!isPositiveInteger(spec.images.width) || spec.images.width % 2 || spec.images.width > 7680)
        problems.push({
          field: 'images.width',
          reason: `width ${spec.images.width} must be an even number of pixels up to 7680`,
        });
      if (!(Number.isInteger(spec.images.thumbnails) && spec.images.thumbnails >= 0 && spec.images.thumbnails <= 100))
        problems.push({ field: 'images.thumbnails', reason: 'thumbnails must be from 0 to 100' });
    }
    return problems;
  }
  if (spec.container === 'wav' || spec.container === 'mp3') {
    if (spec.video) problems.push({ field: 'video', reason: `${spec.container} carries no picture` });
    if (!spec.audio) problems.push({ field: 'audio', reason: `${spec.container} needs audio settings` });
  } else if (needsVideo && !spec.video)
    problems.push({ field: 'video', reason: `${spec.container} needs video settings` });
  if (spec.video) problems.push(...videoProblems(spec, spec.video));
  if (spec.audio) problems.push(...audioProblems(spec, spec.audio));
  if (spec.container === 'hls') {
    const hls = spec.hls;
    if (!hls || !Array.isArray(hls.rungs) || hls.rungs.length === 0)
      problems.push({ field: 'hls.rungs', reason: 'an HLS ladder needs at least one rung' });
    else {
      if (!(hls.segmentSeconds >= 1 && hls.segmentSeconds <= 30))
        problems.push({ field: 'hls.segmentSeconds', reason: 'segments must last 1 to 30 s' });
      if (!['ts', 'fmp4'].includes(hls.segmentType))
        problems.push({ field: 'hls.segmentType', reason: 'segments must be ts or fmp4' });
      hls.rungs.forEach((rung, i) => {
        if (!isPositiveInteger(rung.height) || rung.height % 2)
          problems.push({ field: `hls.rungs.${i}.height`, reason: `rung height ${rung.height} must be even (4:2:0)` });
        if (!isPositiveInteger(rung.bitRateKbps))
          problems.push({ field: `hls.rungs.${i}.bitRateKbps`, reason: 'a rung needs a bit rate' });
      });
    }
  }
  if (spec.faststart && !['mp4', 'mov'].includes(spec.container))
    problems.push({ field: 'faststart', reason: 'faststart applies to MP4 and MOV only' });
  return problems;
}

/** The profile's settings with every problem thrown as one message. */
export function describeDeliveryProblems(problems: DeliveryProblem[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; ');
}
