import { framesToTimecode } from '@mam/timecode';
import { flatDescription, oneLine, type MarkedVersion, type ReviewMarker } from './review-markers';

/** Reel names in CMX 3600 are at most 8 characters of letters, digits and underscores. */
const reelOf = (name: string) =>
  (
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9_]/g, '_')
      .slice(0, 8) || 'AX'
  ).toUpperCase();

/**
 * A CMX 3600 EDL for Avid: one cut event covering the whole version (source and record timecode
 * both the source's own, so the timeline reads like the clip), and an Avid locator (`* LOC:`) per
 * marker at its frame; open comments are red, resolved ones green. Drop-frame sources get
 * `FCM: DROP FRAME` and drop-frame labels. A range's end is named in the locator's text.
 */
export function buildEdl(version: MarkedVersion, markers: ReviewMarker[]): string {
  const label = (frame: number) =>
    framesToTimecode(version.startFrames + frame, version.rate, { dropFrame: version.dropFrame });
  const first = label(0);
  const end = label(version.durationFrames);
  const lines = [
    `TITLE: ${oneLine(version.name).slice(0, 70)}`,
    `FCM: ${version.dropFrame ? 'DROP FRAME' : 'NON-DROP FRAME'}`,
    '',
    `001  ${reelOf(version.name).padEnd(8)} V     C        ${first} ${end} ${first} ${end}`,
    `* FROM CLIP NAME: ${oneLine(version.name)}`,
    ...markers.map((marker) => {
      const range = marker.frameOut > marker.frameIn ? ` (to ${label(marker.frameOut)})` : '';
      return `* LOC: ${label(marker.frameIn)} ${(marker.resolved ? 'GREEN' : 'RED').padEnd(7)} ${oneLine(marker.name)}: ${flatDescription(marker)}${range}`;
    }),
    '',
  ];
  return lines.join('\n');
}
