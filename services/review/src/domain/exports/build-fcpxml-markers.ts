import type { FrameRate } from '@mam/timecode';
import type { MarkedVersion, ReviewMarker } from './review-markers';

export const FCPXML_VERSION = '1.10';

/** A time of `frames` frames at `rate` as FCPXML writes it: frames × den over num seconds ("107892000/30000s"), or "0s". */
export function rationalTime(frames: number, rate: FrameRate): string {
  if (!Number.isSafeInteger(frames) || frames < 0) throw new RangeError(`frames must be a non-negative integer: ${frames}`);
  return frames === 0 ? '0s' : `${BigInt(frames) * BigInt(rate.den)}/${rate.num}s`;
}

/** Text safe in an XML 1.0 quoted attribute; characters XML 1.0 cannot carry become U+FFFD. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');

/**
 * An FCPXML 1.10 document (Final Cut Pro, Premiere Pro, DaVinci Resolve) with the version as one
 * asset-clip whose markers are the review's comments. Times are exact rationals at the version's
 * rate in the source's own time (its start timecode as frames), and the sequence starts at that
 * timecode, so a marker's timecode on the timeline is the comment's. A point marker lasts one
 * frame, a range marker its frames; markers are to-do items, completed once a comment is resolved.
 */
export function buildFcpxmlMarkers(version: MarkedVersion, markers: ReviewMarker[]): string {
  const time = (frames: number) => rationalTime(frames, version.rate);
  const start = time(version.startFrames);
  const duration = time(Math.max(1, version.durationFrames));
  const tcFormat = version.dropFrame ? 'DF' : 'NDF';
  const markerLines = markers.map(
    (marker) =>
      `            <marker${attributes({
        start: time(version.startFrames + marker.frameIn),
        duration: time(marker.frameOut - marker.frameIn + 1),
        value: marker.name,
        completed: marker.resolved ? '1' : '0',
        note: marker.description,
      })}/>`,
  );
  const clip = `          <asset-clip${attributes({ ref: 'r2', offset: start, name: version.name, start, duration, format: 'r1', tcFormat })}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE fcpxml>',
    `<fcpxml version="${FCPXML_VERSION}">`,
    '  <resources>',
    `    <format${attributes({ id: 'r1', frameDuration: time(1) })}/>`,
    `    <asset${attributes({ id: 'r2', name: version.name, start, duration, hasVideo: '1', format: 'r1', videoSources: 1 })}>`,
    `      <media-rep${attributes({ kind: 'original-media', src: `./${encodeURIComponent(version.name)}` })}/>`,
    '    </asset>',
    '  </resources>',
    '  <library>',
    `    <event${attributes({ name: version.name })}>`,
    `      <project${attributes({ name: `${version.name} review` })}>`,
    `        <sequence${attributes({ format: 'r1', duration, tcStart: start, tcFormat })}>`,
    '          <spine>',
    ...(markerLines.length ? [`${clip}>`, ...markerLines, '          </asset-clip>'] : [`${clip}/>`]),
    '          </spine>',
    '        </sequence>',
    '      </project>',
    '    </event>',
    '  </library>',
    '</fcpxml>',
    '',
  ].join('\n');
}
