import type { Rational } from './rational';

export type StreamType = 'video' | 'audio' | 'subtitle' | 'data' | 'attachment' | 'unknown';

/** One stream of a media file; fields that do not apply to its type are null. */
export interface StreamInfo {
  index: number;
  type: StreamType;
  codec: string | null;
  codecLongName: string | null;
  /** Four-character code: avc1, apch, tmcd, ... */
  codecTag: string | null;
  profile: string | null;
  durationSeconds: number | null;
  bitRate: number | null;
  language: string | null;
  timecode: string | null;
  /** Cover art in audio files shows up as a one-frame video stream. */
  attachedPicture: boolean;
  width: number | null;
  height: number | null;
  sampleAspectRatio: Rational | null;
  displayAspectRatio: Rational | null;
  /** Clockwise degrees a player turns the picture (phone footage). */
  rotation: number;
  frameRate: Rational | null;
  /** Frame durations vary (phones, screen recordings, concatenated rates): `frameRate` is then only the average. */
  variableFrameRate: boolean;
  /**
   * From the container (nb_frames or a NUMBER_OF_FRAMES tag); for a variable-rate stream whose
   * container does not say, counted from its packets. Null when unknown.
   */
  frameCount: number | null;
  /** progressive, tt, bb, tb, bt (ffprobe's words), or null when unknown. */
  fieldOrder: string | null;
  /** progressive or interlaced, from the field order; null when the stream does not say. */
  scanType: 'progressive' | 'interlaced' | null;
  /** Which field is shown first in an interlaced stream: tff (top) or bff (bottom); null otherwise. */
  fieldDominance: 'tff' | 'bff' | null;
  colorPrimaries: string | null;
  colorTransfer: string | null;
  colorSpace: string | null;
  colorRange: string | null;
  pixelFormat: string | null;
  bitDepth: number | null;
  channels: number | null;
  channelLayout: string | null;
  sampleRate: number | null;
  sampleFormat: string | null;
}

/** What ffprobe says about a media file. */
export interface TechnicalMetadata {
  /** ffmpeg's demuxer names, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  container: string;
  containerLongName: string | null;
  durationSeconds: number | null;
  startSeconds: number | null;
  bitRate: number | null;
  sizeBytes: number | null;
  /**
   * How sure ffprobe is of the container, 1..100: 50 or less is a guess (50 is a match of the
   * file name's extension alone), above it the bytes matched.
   */
  probeScore: number | null;
  /** SMPTE timecode of the first frame, from the container, a tmcd track or a stream tag. */
  startTimecode: string | null;
  creationTime: string | null;
  streams: StreamInfo[];
}
