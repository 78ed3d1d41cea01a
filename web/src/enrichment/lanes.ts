import type { Timed } from './timed';

export type LaneKind = 'PERSON' | 'LABEL' | 'TEXT' | 'LOGO';

/** The lanes under the player, in the order they show, and what each is called. */
export const LANES: ReadonlyArray<{ kind: LaneKind; title: string }> = [
  { kind: 'PERSON', title: 'People' },
  { kind: 'LABEL', title: 'Labels' },
  { kind: 'TEXT', title: 'On-screen text' },
  { kind: 'LOGO', title: 'Logos' },
];

export interface LaneSegment extends Timed {
  id: string;
  kind: string;
  text: string;
}

export interface LaneBar<S extends LaneSegment> {
  segment: S;
  /** Where the bar starts and how wide it is, as percentages of the clip's length. */
  left: number;
  width: number;
  /** Which row of its lane the bar sits in, so that bars that overlap in time do not cover each other. */
  row: number;
}

export interface Lane<S extends LaneSegment> {
  kind: LaneKind;
  title: string;
  rows: number;
  bars: LaneBar<S>[];
}

/**
 * One lane per kind that has segments, each segment a bar at its time range over a clip of
 * `frames` frames. Bars that overlap in time go to the first row that is free (at most `maxRows`;
 * beyond that they share the last row).
 */
export function layoutLanes<S extends LaneSegment>(segments: readonly S[], frames: number, maxRows = 3): Lane<S>[] {
  const length = Math.max(1, frames);
  const percent = (frame: number) => (Math.min(Math.max(frame, 0), length) / length) * 100;
  return LANES.flatMap(({ kind, title }) => {
    const mine = segments
      .filter((s) => s.kind === kind)
      .sort((a, b) => a.startFrame - b.startFrame || a.endFrame - b.endFrame);
    if (!mine.length) return [];
    const rowEnds: number[] = [];
    const bars = mine.map((segment) => {
      const end = Math.max(segment.endFrame, segment.startFrame + 1);
      let row = rowEnds.findIndex((rowEnd) => rowEnd <= segment.startFrame);
      if (row < 0) row = rowEnds.length < maxRows ? rowEnds.length : maxRows - 1;
      rowEnds[row] = Math.max(rowEnds[row] ?? 0, end);
      const left = percent(segment.startFrame);
      return { segment, left, width: Math.max(0, percent(end) - left), row };
    });
    return [{ kind, title, rows: rowEnds.length, bars }];
  });
}
