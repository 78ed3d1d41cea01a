import {
  describeContent,
  formatRational,
  isMediaError,
  kindClaimedByName,
  MediaError,
  probeImage,
  probeMedia,
  secondsToFrames,
  type FileType,
  type TechnicalMetadata,
  UNKNOWN_FILE_TYPE,
} from '@mam/media';
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
  /** The picture's frame durations vary; durationFrames is then the counted frames. */
  variableFrameRate?: boolean;
  /** progressive or interlaced; null when the file does not say. */
  scanType?: 'progressive' | 'interlaced' | null;
  /** tff or bff for interlaced pictures. */
  fieldOrder?: 'tff' | 'bff' | null;
  /** The proxy's rate: the exact source rate, or "variable" when it keeps a variable-rate source's own frame times. */
  proxyFrameRate?: string | null;
}

export interface MediaDescription {
  summary: MediaSummary;
  details: unknown;
}

const none: Omit<MediaSummary, 'format'> = {
  durationSeconds: null,
  frameRate: null,
  durationFrames: null,
  startTimecode: null,
  width: null,
  height: null,
  bitRate: null,
  codec: null,
  hasVideo: false,
  hasAudio: false,
};

/** The summary and description of what ffprobe read. */
function fromProbe(metadata: TechnicalMetadata): MediaDescription {
  const video = metadata.streams.find((s) => s.type === 'video' && !s.attachedPicture);
  const audio = metadata.streams.find((s) => s.type === 'audio');
  if (!video && !audio) throw new MediaError('the file has neither a picture nor a sound stream');
  const rate = video?.frameRate ?? null;
  const variable = video?.variableFrameRate ?? false;
  const counted = variable ? (video?.frameCount ?? null) : null;
  return {
    summary: {
      format: metadata.container,
      durationSeconds: metadata.durationSeconds,
      frameRate: rate ? formatRational(rate) : null,
      // A variable-rate picture has as many frames as it has, not its duration times its average rate.
      durationFrames:
        counted ?? (rate && metadata.durationSeconds !== null ? secondsToFrames(metadata.durationSeconds, rate) : null),
      startTimecode: metadata.startTimecode,
      width: video?.width ?? null,
      height: video?.height ?? null,
      bitRate: metadata.bitRate,
      codec: (video ?? audio)?.codec ?? null,
      hasVideo: Boolean(video),
      hasAudio: Boolean(audio),
      variableFrameRate: video ? variable : undefined,
      scanType: video ? video.scanType : undefined,
      fieldOrder: video ? video.fieldDominance : undefined,
      proxyFrameRate: video ? (variable ? 'variable' : rate ? formatRational(rate) : null) : undefined,
    },
    details: metadata,
  };
}

/** "Invalid data found when processing input" says little to a user. */
function plainProbeReason(message: string): string {
  const reason = message.replace(/^not a readable media file: /, '');
  return /^Invalid data found when processing input$/.test(reason)
    ? 'its bytes are in no audio or video format the decoder knows (a damaged header?)'
    : reason;
}

export interface IdentifiedMedia {
  /** What the file is: the signature's answer, or the probe's where the signature knew nothing. */
  type: FileType;
  description: MediaDescription;
}

/**
 * Decides what a master is and describes it: with ffprobe (audio, video), the image decoder
 * (stills, bounded in pixels), or from its signature alone. Bytes no signature knows are offered
 * to ffprobe, so any container it reads is media. A file whose name claims media but whose
 * content is not fails, saying what the content is; one that claims audio or video and cannot
 * be decoded fails with the decoder's reason.
 */
export async function identifyMedia(
  detected: FileType,
  path: string,
  filename: string,
  config: IngestConfig,
): Promise<IdentifiedMedia> {
  const claimed = kindClaimedByName(filename);
  if (detected.format === UNKNOWN_FILE_TYPE.format) {
    try {
      const metadata = await probeMedia(path, { timeoutMs: 120_000 });
      const description = fromProbe(metadata);
      const { hasVideo, width, durationSeconds } = description.summary;
      // Only a container the bytes matched counts: a score of 50 or less is a guess from the name's extension.
      const matched = metadata.probeScore === null || metadata.probeScore > 50;
      if (matched && (hasVideo ? Boolean(width) : Boolean(durationSeconds))) {
        return {
          type: { kind: hasVideo ? 'video' : 'audio', mime: detected.mime, format: metadata.container.split(',')[0] },
          description,
        };
      }
    } catch (error) {
      if (!isMediaError(error)) throw error;
      if (claimed === 'video' || claimed === 'audio')
        throw new MediaError(`not a readable ${claimed} file: ${plainProbeReason(error.message)}`, { cause: error });
    }
    if (claimed === 'image')
      throw new MediaError(
        'not a readable image: its bytes are in no image format the decoder knows (a damaged header?)',
      );
    return {
      type: detected,
      description: {
        summary: { ...none, format: detected.format },
        details: { format: detected.format, mime: detected.mime },
      },
    };
  }
  if (claimed && (detected.kind === 'document' || detected.kind === 'other'))
    throw new MediaError(`not a media file: the content is ${describeContent(detected)}`);
  return { type: detected, description: await describeMedia(detected, path, config) };
}

/** Describes a master with ffprobe (audio, video) or the image decoder (stills, bounded in pixels). */
export async function describeMedia(type: FileType, path: string, config: IngestConfig): Promise<MediaDescription> {
  if (type.kind === 'video' || type.kind === 'audio') return fromProbe(await probeMedia(path, { timeoutMs: 120_000 }));
  if (type.kind === 'image') {
    const image = await probeImage(path, { limitInputPixels: config.IMAGE_PIXEL_LIMIT });
    return {
      summary: { ...none, format: image.format, width: image.displayWidth, height: image.displayHeight },
      details: image,
    };
  }
  return { summary: { ...none, format: type.format }, details: { format: type.format, mime: type.mime } };
}
