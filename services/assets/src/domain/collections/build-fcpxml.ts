import { escapeXml, frameDuration, rationalTime } from '@mam/fcpxml';
import { formatRational, rationalEquals, type Rational } from '@mam/media';

export const FCPXML_VERSION = '1.10';

/** One clip of the hand-off, in the order it goes on the timeline. */
export interface EditingClip {
  /** The master's original file name: the asset's name and its original media, so the editor can relink. */
  name: string;
  /** File name of the proxy beside the FCPXML; null when there is no proxy. */
  proxyFilename: string | null;
  /** The clip's exact frame rate (sound-only clips take the timeline's). */
  rate: Rational;
  /** The start timecode as frames at `rate`. */
  startFrames: number;
  durationFrames: number;
  /** Whether the start timecode counts drop-frame (29.97 and 59.94 only). */
  dropFrame: boolean;
  width: number | null;
  height: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
  audioChannels: number | null;
  audioRate: number | null;
}

export interface EditingProject {
  /** Names the event and the project in the library. */
  name: string;
  clips: EditingClip[];
  /**
   * Absolute file URL of the folder the media will be in on the editing workstation
   * (file:///Volumes/Media/Harbour/); absent, media references are relative to the FCPXML file.
   */
  mediaBaseUrl?: string | null;
}

const DEFAULT_RATE: Rational = { num: 25, den: 1 };
const DEFAULT_SIZE = { width: 1920, height: 1080 };

/** Frames at `to` that fit in `frames` frames at `from` (at least one), with exact integer arithmetic. */
export function conformFrames(frames: number, from: Rational, to: Rational): number {
  if (rationalEquals(from, to)) return frames;
  const conformed = (BigInt(frames) * BigInt(from.den) * BigInt(to.num)) / (BigInt(from.num) * BigInt(to.den));
  return Math.max(1, Number(conformed));
}

/** A file name as a relative URL path segment (percent-encoded UTF-8). */
export function fileNameUrl(name: string): string {
  return encodeURIComponent(name);
}

/**
 * A media file's `src`: an absolute file URL under the given folder URL, or else a relative URL
 * resolved against the FCPXML document's own location ("./name.mov"), the two forms FCPXML accepts.
 */
export function mediaSrc(name: string, mediaBaseUrl?: string | null): string {
  return mediaBaseUrl ? new URL(fileNameUrl(name), mediaBaseUrl).href : `./${fileNameUrl(name)}`;
}

function element(
  name: string,
  attributes: Record<string, string | number | null | undefined>,
  children?: string[],
  indent = '',
): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (!children || children.length === 0) return `${indent}<${name}${attrs}/>`;
  return `${indent}<${name}${attrs}>\n${children.join('\n')}\n${indent}</${name}>`;
}

const flag = (value: boolean) => (value ? '1' : '0');
const formatKey = (rate: Rational, width: number, height: number) => `${formatRational(rate)} ${width}x${height}`;

/**
 * The FCPXML 1.10 document of a hand-off: a format per distinct rate and picture size, an asset per
 * clip naming its master (original media) and its proxy, both beside the FCPXML file (relative URLs)
 * or under `mediaBaseUrl` (absolute file URLs), and a project whose spine holds the clips one after another in the given order.
 * Times are exact: the clip's own rate for its start, the timeline's rate for the spine.
 */
export function buildFcpxml(project: EditingProject): string {
  const firstPicture = project.clips.find((clip) => clip.hasVideo);
  const timelineRate = firstPicture?.rate ?? project.clips[0]?.rate ?? DEFAULT_RATE;
  const timelineSize =
    firstPicture && firstPicture.width && firstPicture.height
      ? { width: firstPicture.width, height: firstPicture.height }
      : DEFAULT_SIZE;

  const formats = new Map<string, { id: string; rate: Rational; width: number; height: number }>();
  let nextId = 1;
  const formatFor = (rate: Rational, width: number, height: number) => {
    const key = formatKey(rate, width, height);
    if (!formats.has(key)) formats.set(key, { id: `r${nextId++}`, rate, width, height });
    return formats.get(key)!;
  };
  const timelineFormat = formatFor(timelineRate, timelineSize.width, timelineSize.height);
  const clipFormats = project.clips.map((clip) =>
    clip.hasVideo ? formatFor(clip.rate, clip.width ?? timelineSize.width, clip.height ?? timelineSize.height) : null,
  );
  const assetIds = project.clips.map(() => `r${nextId++}`);

  const resources = [
    ...[...formats.values()].map((f) =>
      element(
        'format',
        { id: f.id, frameDuration: frameDuration(f.rate), width: f.width, height: f.height },
        [],
        '    ',
      ),
    ),
    ...project.clips.map((clip, i) =>
      element(
        'asset',
        {
          id: assetIds[i],
          name: clip.name,
          start: rationalTime(clip.startFrames, clip.rate),
          duration: rationalTime(clip.durationFrames, clip.rate),
          hasVideo: flag(clip.hasVideo),
          format: clipFormats[i]?.id,
          videoSources: clip.hasVideo ? 1 : undefined,
          hasAudio: flag(clip.hasAudio),
          audioSources: clip.hasAudio ? 1 : undefined,
          audioChannels: clip.hasAudio ? clip.audioChannels : undefined,
          audioRate: clip.hasAudio ? clip.audioRate : undefined,
        },
        [
          element(
            'media-rep',
            { kind: 'original-media', src: mediaSrc(clip.name, project.mediaBaseUrl) },
            [],
            '      ',
          ),
          ...(clip.proxyFilename
            ? [
                element(
                  'media-rep',
                  { kind: 'proxy-media', src: mediaSrc(clip.proxyFilename, project.mediaBaseUrl) },
                  [],
                  '      ',
                ),
              ]
            : []),
        ],
        '    ',
      ),
    ),
  ];

  let offset = 0;
  const spine = project.clips.map((clip, i) => {
    const length = conformFrames(clip.durationFrames, clip.rate, timelineRate);
    const clipElement = element(
      'asset-clip',
      {
        ref: assetIds[i],
        offset: rationalTime(offset, timelineRate),
        name: clip.name,
        start: rationalTime(clip.startFrames, clip.rate),
        duration: rationalTime(length, timelineRate),
        format: clipFormats[i]?.id,
        tcFormat: clip.dropFrame ? 'DF' : 'NDF',
      },
      [],
      '            ',
    );
    offset += length;
    return clipElement;
  });
  const timelineDropFrame = project.clips[0]?.dropFrame === true && rationalEquals(project.clips[0].rate, timelineRate);

  const sequence = element(
    'sequence',
    {
      format: timelineFormat.id,
      duration: rationalTime(offset, timelineRate),
      tcStart: '0s',
      tcFormat: timelineDropFrame ? 'DF' : 'NDF',
      audioLayout: 'stereo',
      audioRate: '48k',
    },
    [element('spine', {}, spine, '          ')],
    '        ',
  );
  const library = element(
    'library',
    {},
    [
      element(
        'event',
        { name: project.name },
        [element('project', { name: project.name }, [sequence], '      ')],
        '    ',
      ),
    ],
    '  ',
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE fcpxml>',
    element('fcpxml', { version: FCPXML_VERSION }, [element('resources', {}, resources, '  '), library]),
    '',
  ].join('\n');
}
