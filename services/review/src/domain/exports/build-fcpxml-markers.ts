import { escapeXml, rationalTime } from '@mam/fcpxml';
import type { MarkedVersion, ReviewMarker } from './review-markers';

export const FCPXML_VERSION = '1.10';

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
