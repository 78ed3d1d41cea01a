import { formatRational, parsePositiveRational, secondsToFrames, type Rational } from '@mam/media';
import { framesToTimecode, timecodeToFrames } from '@mam/timecode';
import type { VersionMedia } from '../../entities/version-media.entity';
import type { EditingClip } from './build-fcpxml';

/** A version chosen for hand-off, with what the projection knows of its media (null: nothing yet). */
export interface EditingSource {
  assetId: string;
  versionId: string;
  /** The master's original file name. */
  filename: string;
  media: Pick<
    VersionMedia,
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
    | 'proxyKey'
    | 'probedAt'
  > | null;
}

/** What the client gets per clip beside the FCPXML: which files to fetch and under which names to save them. */
export interface EditingMedia {
  assetId: string;
  versionId: string;
  filename: string;
  proxyFilename: string | null;
  renditionKey: string | null;
  durationFrames: number;
  frameRate: string;
  startTimecode: string;
  hasVideo: boolean;
  hasAudio: boolean;
  width: number | null;
  height: number | null;
}

export interface SkippedSource {
  assetId: string;
  versionId: string | null;
  reason: string;
}

export interface EditingPlan {
  clips: EditingClip[];
  media: EditingMedia[];
  skipped: SkippedSource[];
}

const DEFAULT_RATE: Rational = { num: 25, den: 1 };

function extensionOf(key: string): string {
  const match = /(\.[A-Za-z0-9]{1,8})$/.exec(key.split('/').pop() ?? '');
  return match ? match[1].toLowerCase() : '.mp4';
}

/** `<master file name>.proxy.<ext>`; a name already taken in this hand-off gets " (2)", " (3)"… before ".proxy". */
function proxyNames() {
  const taken = new Set<string>();
  return (master: string, key: string) => {
    const ext = extensionOf(key);
    let name = `${master}.proxy${ext}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${master} (${n}).proxy${ext}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

function startOf(timecode: string | null, rate: Rational): { frames: number; timecode: string; dropFrame: boolean } {
  if (timecode) {
    try {
      const dropFrame = /[;.,]\d+$/.test(timecode);
      return { frames: timecodeToFrames(timecode, rate, { dropFrame }), timecode, dropFrame };
    } catch {
      // A timecode that does not exist at this rate is treated as none.
    }
  }
  return { frames: 0, timecode: framesToTimecode(0, rate), dropFrame: false };
}

/**
 * Turns versions into timeline clips in order. The timeline runs at the first picture's rate;
 * sound-only clips are counted in it. Versions that cannot go on a timeline (not probed yet, no
 * picture or sound, no rate or length) are skipped with a reason instead of failing the hand-off.
 */
export function planEditingClips(sources: EditingSource[]): EditingPlan {
  const firstPictureRate =
    sources.map((s) => (s.media?.hasVideo ? parsePositiveRational(s.media.frameRate) : null)).find(Boolean) ?? null;
  const timelineRate = firstPictureRate ?? DEFAULT_RATE;
  const proxyName = proxyNames();
  const plan: EditingPlan = { clips: [], media: [], skipped: [] };

  for (const source of sources) {
    const skip = (reason: string) =>
      plan.skipped.push({ assetId: source.assetId, versionId: source.versionId, reason });
    const media = source.media;
    if (!media || !media.probedAt) {
      skip('ingest has not described this version yet');
      continue;
    }
    if (!media.hasVideo && !media.hasAudio) {
      skip('the file has neither a picture nor sound');
      continue;
    }
    const rate = media.hasVideo ? parsePositiveRational(media.frameRate) : timelineRate;
    if (!rate) {
      skip('the picture has no known frame rate');
      continue;
    }
    const durationFrames =
      media.hasVideo && media.durationFrames
        ? media.durationFrames
        : media.durationSeconds
          ? secondsToFrames(media.durationSeconds, rate, 'ceil')
          : 0;
    if (durationFrames < 1) {
      skip('the length of the media is not known');
      continue;
    }
    const start = startOf(media.startTimecode, rate);
    const proxyFilename = media.proxyKey ? proxyName(source.filename, media.proxyKey) : null;
    plan.clips.push({
      name: source.filename,
      proxyFilename,
      rate,
      startFrames: start.frames,
      durationFrames,
      dropFrame: start.dropFrame,
      width: media.hasVideo ? media.width : null,
      height: media.hasVideo ? media.height : null,
      hasVideo: media.hasVideo,
      hasAudio: media.hasAudio,
      audioChannels: media.audioChannels,
      audioRate: media.audioRate,
    });
    plan.media.push({
      assetId: source.assetId,
      versionId: source.versionId,
      filename: source.filename,
      proxyFilename,
      renditionKey: media.proxyKey,
      durationFrames,
      frameRate: formatRational(rate),
      startTimecode: start.timecode,
      hasVideo: media.hasVideo,
      hasAudio: media.hasAudio,
      width: media.hasVideo ? media.width : null,
      height: media.hasVideo ? media.height : null,
    });
  }
  return plan;
}
