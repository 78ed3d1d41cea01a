import { bitDepthFromPixelFormat } from './bit-depth';
import { chooseFrameRate } from './frame-rate';
import { parsePositiveRational } from './rational';
import type { StreamInfo, StreamType, TechnicalMetadata } from './technical-metadata';

type Tags = Record<string, string | undefined>;

/** The part of `ffprobe -print_format json -show_format -show_streams` that is read. */
export interface FfprobeOutput {
  format?: {
    format_name?: string;
    format_long_name?: string;
    duration?: string;
    start_time?: string;
    bit_rate?: string;
    size?: string;
    probe_score?: number;
    tags?: Tags;
  };
  streams?: FfprobeStream[];
}

export interface FfprobeStream {
  index: number;
  codec_type?: string;
  codec_name?: string;
  codec_long_name?: string;
  codec_tag_string?: string;
  profile?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  display_aspect_ratio?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  nb_frames?: string;
  field_order?: string;
  color_primaries?: string;
  color_transfer?: string;
  color_space?: string;
  color_range?: string;
  pix_fmt?: string;
  bits_per_raw_sample?: string;
  bits_per_sample?: number;
  channels?: number;
  channel_layout?: string;
  sample_rate?: string;
  sample_fmt?: string;
  duration?: string;
  bit_rate?: string;
  disposition?: Record<string, number>;
  tags?: Tags;
  side_data_list?: { side_data_type?: string; rotation?: number }[];
}

const STREAM_TYPES: readonly StreamType[] = ['video', 'audio', 'subtitle', 'data', 'attachment'];

function number(value: string | number | undefined | null): number | null {
  if (value === undefined || value === null || value === '' || value === 'N/A') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function positive(value: string | number | undefined | null): number | null {
  const parsed = number(value);
  return parsed !== null && parsed > 0 ? parsed : null;
}

function known(value: string | undefined): string | null {
  return value && value !== 'unknown' && value !== 'N/A' ? value : null;
}

function tag(tags: Tags | undefined, name: string): string | null {
  if (!tags) return null;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(tags)) {
    if ((key.toLowerCase() === wanted || key.toLowerCase().startsWith(`${wanted}-`)) && value) return value.trim();
  }
  return null;
}

function clockwiseRotation(stream: FfprobeStream): number {
  const tagged = number(tag(stream.tags, 'rotate'));
  const matrix = stream.side_data_list?.find((data) => typeof data.rotation === 'number')?.rotation;
  const degrees = tagged ?? (matrix === undefined ? 0 : -matrix);
  return ((Math.round(degrees) % 360) + 360) % 360;
}

function languageOf(stream: FfprobeStream): string | null {
  const language = tag(stream.tags, 'language');
  return language && language !== 'und' ? language : null;
}

/** Scan type and the field shown first, from ffprobe's field_order (tb: top coded first, bottom shown first). */
export function scanOf(fieldOrder: string | null): Pick<StreamInfo, 'scanType' | 'fieldDominance'> {
  if (fieldOrder === 'progressive') return { scanType: 'progressive', fieldDominance: null };
  if (fieldOrder === 'tt' || fieldOrder === 'bt') return { scanType: 'interlaced', fieldDominance: 'tff' };
  if (fieldOrder === 'bb' || fieldOrder === 'tb') return { scanType: 'interlaced', fieldDominance: 'bff' };
  return { scanType: null, fieldDominance: null };
}

function mapStream(stream: FfprobeStream): StreamInfo {
  const type = (STREAM_TYPES as string[]).includes(stream.codec_type ?? '')
    ? (stream.codec_type as StreamType)
    : 'unknown';
  const isVideo = type === 'video';
  const isAudio = type === 'audio';
  const chosen = isVideo ? chooseFrameRate(stream.r_frame_rate, stream.avg_frame_rate) : null;
  const rawBits = positive(stream.bits_per_raw_sample) ?? (isAudio ? positive(stream.bits_per_sample) : null);
  return {
    index: stream.index,
    type,
    codec: stream.codec_name ?? null,
    codecLongName: stream.codec_long_name ?? null,
    codecTag: stream.codec_tag_string && !stream.codec_tag_string.startsWith('[') ? stream.codec_tag_string : null,
    profile: known(stream.profile),
    durationSeconds: number(stream.duration),
    bitRate: positive(stream.bit_rate),
    language: languageOf(stream),
    timecode: tag(stream.tags, 'timecode'),
    attachedPicture: stream.disposition?.attached_pic === 1,
    width: isVideo ? positive(stream.width) : null,
    height: isVideo ? positive(stream.height) : null,
    sampleAspectRatio: isVideo ? parsePositiveRational(stream.sample_aspect_ratio) : null,
    displayAspectRatio: isVideo ? parsePositiveRational(stream.display_aspect_ratio) : null,
    rotation: isVideo ? clockwiseRotation(stream) : 0,
    frameRate: chosen?.rate ?? null,
    variableFrameRate: chosen?.variable ?? false,
    frameCount: positive(stream.nb_frames) ?? positive(tag(stream.tags, 'NUMBER_OF_FRAMES')),
    fieldOrder: isVideo ? known(stream.field_order) : null,
    ...(isVideo ? scanOf(known(stream.field_order)) : { scanType: null, fieldDominance: null }),
    colorPrimaries: known(stream.color_primaries),
    colorTransfer: known(stream.color_transfer),
    colorSpace: known(stream.color_space),
    colorRange: known(stream.color_range),
    pixelFormat: known(stream.pix_fmt),
    bitDepth: isVideo ? (rawBits ?? bitDepthFromPixelFormat(stream.pix_fmt)) : isAudio ? rawBits : null,
    channels: isAudio ? positive(stream.channels) : null,
    channelLayout: isAudio ? known(stream.channel_layout) : null,
    sampleRate: isAudio ? positive(stream.sample_rate) : null,
    sampleFormat: isAudio ? known(stream.sample_fmt) : null,
  };
}

/** The start timecode: container tag, then a tmcd track, then any video stream, then any stream. */
function startTimecode(output: FfprobeOutput): string | null {
  const streams = output.streams ?? [];
  const inOrder = [
    ...streams.filter((stream) => stream.codec_tag_string === 'tmcd'),
    ...streams.filter((stream) => stream.codec_type === 'video'),
    ...streams,
  ];
  return (
    tag(output.format?.tags, 'timecode') ?? inOrder.map((stream) => tag(stream.tags, 'timecode')).find(Boolean) ?? null
  );
}

/** Maps ffprobe's JSON to TechnicalMetadata. */
export function mapProbeOutput(output: FfprobeOutput): TechnicalMetadata {
  const format = output.format ?? {};
  const streamDurations = (output.streams ?? [])
    .map((stream) => positive(stream.duration))
    .filter((value) => value !== null);
  return {
    container: format.format_name ?? 'unknown',
    containerLongName: format.format_long_name ?? null,
    durationSeconds: positive(format.duration) ?? (streamDurations.length > 0 ? Math.max(...streamDurations) : null),
    startSeconds: number(format.start_time),
    bitRate: positive(format.bit_rate),
    sizeBytes: number(format.size),
    probeScore: number(format.probe_score),
    startTimecode: startTimecode(output),
    creationTime: tag(format.tags, 'creation_time'),
    streams: (output.streams ?? []).map(mapStream),
  };
}
