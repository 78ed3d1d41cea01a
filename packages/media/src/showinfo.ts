const FRAME_LINE = /Parsed_showinfo_\d+ @ [^\]]+\].*?\bn:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:\s*(-?[\d.]+(?:e-?\d+)?)/;
const NAMED_FRAME_LINE =
  /^\[showinfo@([\w-]+) @ [^\]]+\].*?\bn:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:\s*(-?[\d.]+(?:e-?\d+)?)/;

/** The pts_time of a frame logged by ffmpeg's showinfo filter, or null for any other line. */
export function showinfoTime(line: string): number | null {
  const match = FRAME_LINE.exec(line);
  return match ? Number(match[3]) : null;
}

/**
 * The frame a named showinfo filter (`showinfo@<name>` in a filter graph) logged: its name and
 * pts_time, or null for any other line. One run can tell several outputs' frames apart this way.
 */
export function namedShowinfoTime(line: string): { name: string; seconds: number } | null {
  const match = NAMED_FRAME_LINE.exec(line);
  return match ? { name: match[1], seconds: Number(match[4]) } : null;
}
