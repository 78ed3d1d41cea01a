/** Something that lasts from its first frame up to (not including) its end frame. */
export interface Timed {
  startFrame: number;
  endFrame: number;
}

/**
 * The index of the item the frame falls in, or -1 between items. Items are in time order; an item
 * whose end is not after its start still holds its first frame; where items overlap, the one that
 * started last wins.
 */
export function activeIndexAt(items: readonly Timed[], frame: number): number {
  // The last item that starts at or before the frame (binary search), then back over overlaps.
  let low = 0;
  let high = items.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle].startFrame <= frame) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let i = last; i >= 0; i--) {
    const item = items[i];
    if (frame < Math.max(item.endFrame, item.startFrame + 1)) return i;
    // Earlier items could still cover the frame only if they overlap this one.
    if (i > 0 && items[i - 1].endFrame <= item.startFrame) break;
  }
  return -1;
}

/** "Interview 3/final" -> "Interview 3-final.vtt": the asset's title as a file name anyone can save. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 120);
  return `${base || 'transcript'}.${extension}`;
}

/**
 * Where to scroll a list so that its lit item is in view: undefined while the item is fully
 * visible (with a margin), else the item a third of the way down the list, so what follows shows.
 */
export function followScrollTop(
  item: { top: number; height: number },
  list: { scrollTop: number; height: number },
  margin = 8,
): number | undefined {
  const visible =
    item.top >= list.scrollTop + margin && item.top + item.height <= list.scrollTop + list.height - margin;
  return visible ? undefined : Math.max(0, Math.round(item.top - list.height / 3));
}
