import { formatRational, parsePositiveRational, secondsToFrames, type Rational } from '@mam/media';
import { timecodeToFrames } from '@mam/timecode';
import type { VersionMedia } from '../../entities/version-media.entity';

/** The facts of a probed master that editing hand-off needs, as version_media keeps them. */
export type ProbedMediaFacts = Pick<
  VersionMedia,
  | 'mediaKind'
  | 'frameRate'
  | 'durationSeconds'
  | 'durationFrames'
  | 'startTimecode'
  | 'width'
  | 'height'
  | 'hasVideo'
  | 'hasAudio'
  | 'audioChannels'
  | 'audioRate'
>;

/** What `media.probed` carries (see MediaProbed in the ingest event schemas). */
export interface MediaProbedFields {
  mediaKind: string;
  durationSeconds: number;
  width: number;
  height: number;
  frameRate: string;
  technicalMetadataJson: string;
}

type Json = Record<string, unknown>;

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
const positiveInteger = (value: unknown): number | null =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : null;

function parseDetails(json: string): Json {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
  } catch {
    return {};
  }
}

const TIMECODE = /^\d{1,3}[:;.]\d{2}[:;.]\d{2}[:;.]\d{2,3}$/;

/** A timecode that exists at the rate (or, without a rate, is at least written like one); else null. */
export function usableTimecode(value: unknown, rate: Rational | null): string | null {
  if (typeof value !== 'string' || !TIMECODE.test(value.trim())) return null;
  if (!rate) return value.trim();
  try {
    timecodeToFrames(value, rate, { dropFrame: /[;.,]\d+$/.test(value.trim()) });
    return value.trim();
  } catch {
    return null;
  }
}

/**
 * Reads a `media.probed` event: the summary fields, and from the full technical description the
 * start timecode, the picture's frame count and the sound's layout. A description that cannot be
 * read leaves those facts unknown rather than failing the event.
 */
export function readMediaProbe(probe: MediaProbedFields): ProbedMediaFacts {
  const details = parseDetails(probe.technicalMetadataJson);
  const streams = (Array.isArray(details.streams) ? details.streams : []).filter(
    (s): s is Json => Boolean(s) && typeof s === 'object',
  );
  const video = streams.find((s) => s.type === 'video' && s.attachedPicture !== true);
  const audio = streams.find((s) => s.type === 'audio');
  const rate = parsePositiveRational(probe.frameRate);
  const durationSeconds = positive(probe.durationSeconds);
  const pictureSeconds = positive(video?.durationSeconds) ?? durationSeconds;
  const durationFrames = rate
    ? (positiveInteger(video?.frameCount) ?? (pictureSeconds ? secondsToFrames(pictureSeconds, rate) : null))
    : null;
  const hasVideo = streams.length > 0 ? Boolean(video) : probe.mediaKind === 'video' && rate !== null;
  const hasAudio = streams.length > 0 ? Boolean(audio) : probe.mediaKind === 'audio';
  return {
    mediaKind: probe.mediaKind || null,
    frameRate: rate ? formatRational(rate) : null,
    durationSeconds,
    durationFrames,
    startTimecode: usableTimecode(details.startTimecode, rate),
    width: positiveInteger(probe.width),
    height: positiveInteger(probe.height),
    hasVideo,
    hasAudio,
    audioChannels: positiveInteger(audio?.channels),
    audioRate: positiveInteger(audio?.sampleRate),
  };
}
