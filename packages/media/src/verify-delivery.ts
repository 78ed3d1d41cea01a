import type { DeliveryProfileSpec } from './delivery-profile';
import type { LoudnessMeasurement } from './loudness';
import { formatRational, rational, rationalEquals, rationalToNumber, type Rational } from './rational';
import { audioStreams, primaryVideoStream } from './streams';
import type { StreamInfo, TechnicalMetadata } from './technical-metadata';

/** What the output should show beyond its profile: the master's facts carried over. */
export interface DeliveryExpectation {
  /** The master's duration. */
  durationSeconds: number;
  /** The output's rate (the profile's, or the master's when it keeps it). */
  frameRate: Rational | null;
  /** The start timecode the output must carry; null when it carries none. */
  startTimecode: string | null;
  /** HLS rung or image: the picture height this file must have instead of the profile's. */
  height?: number;
  width?: number;
}

const DEMUXERS: Record<DeliveryProfileSpec['container'], string> = {
  mp4: 'mp4',
  mov: 'mov',
  webm: 'webm',
  mxf: 'mxf',
  wav: 'wav',
  mp3: 'mp3',
  hls: 'hls',
  images: 'image2',
};

/** ffprobe's words for the profiles our profiles name. */
const PROFILE_NAMES: Record<string, string[]> = {
  'h264:baseline': ['Baseline', 'Constrained Baseline'],
  'h264:main': ['Main'],
  'h264:high': ['High'],
  'h264:high10': ['High 10'],
  'h264:high422': ['High 4:2:2'],
  'hevc:main': ['Main'],
  'hevc:main10': ['Main 10'],
  'prores:proxy': ['Proxy'],
  'prores:lt': ['LT'],
  'prores:standard': ['Standard'],
  'prores:hq': ['HQ'],
  'prores:4444': ['4444'],
  'dnxhd:dnxhr_lb': ['DNXHR LB'],
  'dnxhd:dnxhr_sq': ['DNXHR SQ'],
  'dnxhd:dnxhr_hq': ['DNXHR HQ'],
  'dnxhd:dnxhr_hqx': ['DNXHR HQX'],
  'mpeg2video:422': ['4:2:2'],
  'mpeg2video:main': ['Main'],
};

const aspectText = (shape: Rational) => `${shape.num}:${shape.den}`;

/** Square pixels, and a display shape that is the frame's own (9:16 for 1080x1920). Pure. */
export function aspectDifferences(
  video: Pick<StreamInfo, 'sampleAspectRatio' | 'displayAspectRatio'>,
  width: number,
  height: number,
): string[] {
  const differences: string[] = [];
  const sar = video.sampleAspectRatio;
  if (sar && sar.num !== sar.den) differences.push(`sample aspect ratio: expected 1:1, got ${aspectText(sar)}`);
  const shape = rational(width, height);
  const dar = video.displayAspectRatio;
  if (dar && !rationalEquals(dar, shape))
    differences.push(`display aspect ratio: expected ${aspectText(shape)}, got ${aspectText(dar)}`);
  return differences;
}

const FIELD_ORDERS: Record<string, string[]> = { progressive: ['progressive'], tff: ['tt', 'bt'], bff: ['bb', 'tb'] };

/**
 * Every way a probed output differs from its profile and the master's facts: container, codecs
 * and profile, picture size, frame rate, scan, pixel format, duration (within one frame), audio
 * tracks, channels, sample rate, loudness (within 1 LU of the target, true peak under the
 * ceiling), timecode. Each difference is named with both values; empty means it passed. Pure.
 */
export function verifyDeliveryOutput(
  spec: DeliveryProfileSpec,
  probe: TechnicalMetadata,
  expected: DeliveryExpectation,
  loudness?: LoudnessMeasurement | null,
): string[] {
  const differences: string[] = [];
  const differ = (what: string, want: string | number, got: string | number | null | undefined) =>
    differences.push(`${what}: expected ${String(want)}, got ${got ?? 'none'}`);
  if (!probe.container.split(',').includes(DEMUXERS[spec.container]))
    differ('container', DEMUXERS[spec.container], probe.container);
  const video = primaryVideoStream(probe);
  if (spec.container === 'images') {
    if (!video || video.codec !== 'mjpeg') differ('image codec', 'mjpeg', video?.codec);
    if (video && expected.width && video.width !== expected.width) differ('image width', expected.width, video.width);
    return differences;
  }
  if (spec.video) {
    const want = spec.video;
    if (!video) differences.push('video: expected a picture, got none');
    else {
      if (video.codec !== want.codec) differ('video codec', want.codec, video.codec);
      const names = want.profile ? PROFILE_NAMES[`${want.codec}:${want.profile}`] : undefined;
      if (names && !names.includes(video.profile ?? '')) differ('video profile', names[0], video.profile);
      const width = expected.width ?? want.width;
      const height = expected.height ?? want.height;
      if (video.width !== width || video.height !== height)
        differ('resolution', `${width}x${height}`, `${video.width}x${video.height}`);
      differences.push(...aspectDifferences(video, width, height));
      if (expected.frameRate && (!video.frameRate || !rationalEquals(video.frameRate, expected.frameRate)))
        differ('frame rate', formatRational(expected.frameRate), video.frameRate && formatRational(video.frameRate));
      // HLS playlists do not say their scan; every other container must.
      if (spec.container !== 'hls' && !FIELD_ORDERS[want.scan].includes(video.fieldOrder ?? ''))
        differ('scan', want.scan, video.fieldOrder);
      if (video.pixelFormat !== want.pixelFormat) differ('pixel format', want.pixelFormat, video.pixelFormat);
      const rate = expected.frameRate ?? video.frameRate;
      const seconds =
        video.frameCount !== null && rate
          ? (video.frameCount * rate.den) / rate.num
          : (video.durationSeconds ?? probe.durationSeconds);
      const frame = rate ? 1 / rationalToNumber(rate) : 0.04;
      if (seconds === null || Math.abs(seconds - expected.durationSeconds) > frame + 1e-6)
        differ(
          'duration',
          `${expected.durationSeconds.toFixed(3)} s (within one frame)`,
          seconds === null ? null : `${seconds.toFixed(3)} s`,
        );
    }
  } else if (video) differences.push(`video: expected none, got ${video.codec}`);
  const audio = audioStreams(probe);
  if (spec.audio) {
    const want = spec.audio;
    const tracks = spec.container === 'hls' ? 1 : want.tracks;
    if (audio.length !== tracks) differ('audio tracks', tracks, audio.length);
    audio.forEach((track, i) => {
      const label = audio.length > 1 ? `audio track ${i + 1}` : 'audio';
      if (track.codec !== want.codec) differ(`${label} codec`, want.codec, track.codec);
      if (track.channels !== want.channels) differ(`${label} channels`, want.channels, track.channels);
      if (track.sampleRate !== want.sampleRate)
        differ(`${label} sample rate`, `${want.sampleRate} Hz`, track.sampleRate && `${track.sampleRate} Hz`);
    });
    if (!spec.video) {
      const duration = audio[0]?.durationSeconds ?? probe.durationSeconds;
      // Lossy audio frames pad the end: within 60 ms (an MP3 or AAC frame and its priming).
      if (duration === null || Math.abs(duration - expected.durationSeconds) > 0.06)
        differ(
          'duration',
          `${expected.durationSeconds.toFixed(3)} s`,
          duration === null ? null : `${duration.toFixed(3)} s`,
        );
    }
    if (want.loudness) {
      if (!loudness) differences.push('loudness: not measured');
      else {
        if (Math.abs(loudness.integrated - want.loudness.integrated) > 1)
          differ(
            'integrated loudness',
            `${want.loudness.integrated} LUFS (within 1 LU)`,
            `${loudness.integrated} LUFS`,
          );
        // Lossy encoders overshoot inter-sample peaks slightly: half a dB is allowed.
        if (loudness.truePeak > want.loudness.truePeak + 0.5)
          differ('true peak', `at most ${want.loudness.truePeak} dBTP`, `${loudness.truePeak} dBTP`);
      }
    }
  } else if (audio.length) differences.push(`audio: expected none, got ${audio.length} track(s)`);
  if (spec.timecode === 'source' && expected.startTimecode && probe.startTimecode !== expected.startTimecode)
    differ('start timecode', expected.startTimecode, probe.startTimecode);
  return differences;
}
