import { parseFrameRate, secondsToFrames, timecodeToFrames, type FrameRate } from '@mam/timecode';

type Json = Record<string, unknown>;

function parseDetails(json: string): Json {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
  } catch {
    return {};
  }
}

function rateOf(text: string): FrameRate | null {
  try {
    return text ? parseFrameRate(text) : null;
  } catch {
    return null;
  }
}

/**
 * The start timecode (only one that exists at the rate) and the picture's frame count, from ingest's
 * technical description (`startTimecode`, the video stream's `frameCount` or duration). Unknown
 * facts are null: a description that cannot be read never fails the event.
 */
export function readMediaTiming(
  frameRate: string,
  durationSeconds: number,
  technicalMetadataJson: string,
): { startTimecode: string | null; durationFrames: number | null } {
  const rate = rateOf(frameRate);
  if (!rate) return { startTimecode: null, durationFrames: null };
  const details = parseDetails(technicalMetadataJson);
  const streams = (Array.isArray(details.streams) ? details.streams : []).filter(
    (s): s is Json => Boolean(s) && typeof s === 'object',
  );
  const video = streams.find((s) => s.type === 'video' && s.attachedPicture !== true);
  const counted =
    Number.isSafeInteger(video?.frameCount) && (video!.frameCount as number) > 0 ? (video!.frameCount as number) : null;
  const seconds =
    typeof video?.durationSeconds === 'number' && video.durationSeconds > 0 ? video.durationSeconds : durationSeconds;
  const durationFrames = counted ?? (seconds > 0 ? secondsToFrames(seconds, rate) : null);
  let startTimecode: string | null = null;
  if (typeof details.startTimecode === 'string') {
    try {
      timecodeToFrames(details.startTimecode, rate);
      startTimecode = details.startTimecode.trim();
    } catch {
      startTimecode = null;
    }
  }
  return { startTimecode, durationFrames };
}
