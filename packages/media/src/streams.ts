import { MediaError } from './errors';
import { rationalToNumber } from './rational';
import type { StreamInfo, TechnicalMetadata } from './technical-metadata';

/** The first real video stream (cover art does not count). */
export function primaryVideoStream(metadata: TechnicalMetadata): StreamInfo | null {
  return metadata.streams.find((stream) => stream.type === 'video' && !stream.attachedPicture) ?? null;
}

export function requireVideoStream(metadata: TechnicalMetadata): StreamInfo {
  const stream = primaryVideoStream(metadata);
  if (!stream) throw new MediaError('the file has no video stream');
  return stream;
}

export function audioStreams(metadata: TechnicalMetadata): StreamInfo[] {
  return metadata.streams.filter((stream) => stream.type === 'audio');
}

export function requireDuration(metadata: TechnicalMetadata): number {
  if (!metadata.durationSeconds) throw new MediaError('the file does not say how long it is');
  return metadata.durationSeconds;
}

/** Width and height as a viewer sees them: pixel aspect ratio applied, quarter turns swapped. */
export function displaySize(stream: StreamInfo): { width: number; height: number } | null {
  if (!stream.width || !stream.height) return null;
  const width = Math.round(stream.width * (stream.sampleAspectRatio ? rationalToNumber(stream.sampleAspectRatio) : 1));
  const turned = stream.rotation === 90 || stream.rotation === 270;
  return turned ? { width: stream.height, height: width } : { width, height: stream.height };
}
