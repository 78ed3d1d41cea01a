/**
 * Reads ffmpeg's `-progress` output (key=value lines) and reports 0..1 from out_time against
 * the known duration; reports 1 at `progress=end`. Reports only increases.
 */
export function createProgressParser(
  durationSeconds: number | null | undefined,
  onProgress: (fraction: number) => void,
): (chunk: Buffer | string) => void {
  let partial = '';
  let reported = 0;
  const report = (fraction: number) => {
    const clamped = Math.min(1, Math.max(0, fraction));
    if (clamped > reported) {
      reported = clamped;
      onProgress(clamped);
    }
  };
  return (chunk) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const at = line.indexOf('=');
      if (at < 0) continue;
      const key = line.slice(0, at).trim();
      const value = line.slice(at + 1).trim();
      if (key === 'progress' && value === 'end') report(1);
      else if (key === 'out_time_us' && durationSeconds && durationSeconds > 0) {
        const microseconds = Number(value);
        if (Number.isFinite(microseconds)) report(microseconds / 1e6 / durationSeconds);
      }
    }
  };
}
