const FRAME_LINE = /Parsed_showinfo_\d+ @ [^\]]+\].*?\bn:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:\s*(-?[\d.]+(?:e-?\d+)?)/;

/** The pts_time of a frame logged by ffmpeg's showinfo filter, or null for any other line. */
export function showinfoTime(line: string): number | null {
  const match = FRAME_LINE.exec(line);
  return match ? Number(match[3]) : null;
}
