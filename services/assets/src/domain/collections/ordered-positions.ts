/**
 * Manual order is kept as integer positions with gaps: placing an item between two others takes
 * a number between theirs, so a move writes one row. Only when two neighbours have no number
 * left between them is the whole list renumbered, in one statement.
 */
export const POSITION_GAP = 1024;

/**
 * Positions for `count` items placed in order between two neighbours (null: no neighbour on that
 * side), spread evenly; null when there is no room and the list must be renumbered first.
 */
export function positionsBetween(before: number | null, after: number | null, count: number): number[] | null {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer: ${count}`);
  const indexes = Array.from({ length: count }, (_, i) => i);
  if (before === null && after === null) return indexes.map((i) => (i + 1) * POSITION_GAP);
  if (after === null) return indexes.map((i) => before! + (i + 1) * POSITION_GAP);
  if (before === null) return indexes.map((i) => after - (count - i) * POSITION_GAP);
  if (after - before - 1 < count) return null;
  const step = Math.floor((after - before) / (count + 1));
  return indexes.map((i) => before + (i + 1) * step);
}
