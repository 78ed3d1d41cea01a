import { formatRational, MediaError, probeImage, probeMedia, secondsToFrames, type FileType } from '@mam/media';
import type { IngestConfig } from '../config';

/** The few facts every screen and search wants, beside the full description. */
export interface MediaSummary {
  format: string | null;
  durationSeconds: number | null;
  frameRate: string | null;
  durationFrames: number | null;
  startTimecode: string | null;
  width: number | null;
  height: number | null;
  bitRate: number | null;
  codec: string | null;
  hasVideo: boolean;
  hasAudio: boolean;
}

export interface MediaDescription {
  summary: MediaSummary;
  details: unknown;
}

const none: Omit<MediaSummary, 'format'> = { durationSeconds: null, frameRate: null, durationFrames: null, startTimecode: null, width: null, height: null, bitRate: null, codec: null, hasVideo: false, hasAudio: false };

/** Describes a master with ffprobe (audio, video) or the image decoder (stills, bounded in pixels). */
export async function describeMedia(type: FileType, path: string, config: IngestConfig): Promise<MediaDescription> {
  if (type.kind === 'video' || type.kind === 'audio') {
    const metadata = await probeMedia(path, { timeoutMs: 120_000 });
    const video = metadata.streams.find((s) => s.type === 'video' && !s.attachedPicture);
    const audio = metadata.streams.find((s) => s.type === 'audio');
    if (!video && !audio) throw new MediaError('the file has neither a picture nor a sound stream');
    const rate = video?.frameRate ?? null;
    return {
      summary: {
        format: metadata.container,
        durationSeconds: metadata.durationSeconds,
        frameRate: rate ? formatRational(rate) : null,
        durationFrames: rate && metadata.durationSeconds !== null ? secondsToFrames(metadata.durationSeconds, rate) : null,
        startTimecode: metadata.startTimecode,
        width: video?.width ?? null,
        height: video?.height ?? null,
        bitRate: metadata.bitRate,
        codec: (video ?? audio)?.codec ?? null,
        hasVideo: Boolean(video),
        hasAudio: Boolean(audio),
      },
      details: metadata,
    };
  }
  if (type.kind === 'image') {
    const image = await probeImage(path, { limitInputPixels: config.IMAGE_PIXEL_LIMIT });
    return { summary: { ...none, format: image.format, width: image.displayWidth, height: image.displayHeight }, details: image };
  }
  return { summary: { ...none, format: type.format }, details: { format: type.format, mime: type.mime } };
}
