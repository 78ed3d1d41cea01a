import { framesToTimecode } from '@mam/timecode';
import { flatDescription, oneLine, type MarkedVersion, type ReviewMarker } from './review-markers';

export const MARKER_CSV_COLUMNS = ['Marker Name', 'Description', 'In', 'Out', 'Duration', 'Marker Type'] as const;

/**
 * A marker list as Premiere Pro exports and imports it: tab-separated columns Marker Name,
 * Description, In, Out, Duration, Marker Type, one comment marker a row, timecodes in the source's
 * own counting (drop-frame labels for drop-frame sources). A point marker has In = Out and no
 * duration; a range runs from its first frame to the frame after its last.
 */
export function buildMarkerCsv(version: MarkedVersion, markers: ReviewMarker[]): string {
  const options = { dropFrame: version.dropFrame };
  const label = (frame: number) => framesToTimecode(version.startFrames + frame, version.rate, options);
  const rows = markers.map((marker) => {
    const length = marker.frameOut > marker.frameIn ? marker.frameOut - marker.frameIn + 1 : 0;
    return [
      oneLine(marker.name),
      flatDescription(marker),
      label(marker.frameIn),
      label(marker.frameIn + length),
      framesToTimecode(length, version.rate, options),
      'Comment',
    ];
  });
  return [MARKER_CSV_COLUMNS, ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}
