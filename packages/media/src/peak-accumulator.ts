/**
 * Min/max peaks of signed 16-bit little-endian mono PCM, computed as chunks arrive so the
 * PCM itself is never kept. Peaks are in -1..1, rounded to 4 decimals, as [min, max] pairs.
 */
export function createPeakAccumulator(samplesPerBucket: number) {
  if (!Number.isInteger(samplesPerBucket) || samplesPerBucket < 1)
    throw new RangeError(`samplesPerBucket must be a positive integer: ${samplesPerBucket}`);
  const peaks: number[] = [];
  let carry: number | null = null;
  let inBucket = 0;
  let min = 0;
  let max = 0;
  let samples = 0;

  const round = (value: number) => Math.round((value / 32768) * 10_000) / 10_000;
  const close = () => {
    peaks.push(round(min), round(max));
    inBucket = 0;
  };
  const take = (sample: number) => {
    if (inBucket === 0) [min, max] = [sample, sample];
    else if (sample < min) min = sample;
    else if (sample > max) max = sample;
    samples++;
    if (++inBucket === samplesPerBucket) close();
  };

  return {
    push(chunk: Uint8Array): void {
      let at = 0;
      if (carry !== null && chunk.length > 0) {
        const value = carry | (chunk[0] << 8);
        take(value >= 0x8000 ? value - 0x10000 : value);
        carry = null;
        at = 1;
      }
      const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (; at + 1 < chunk.length; at += 2) take(view.getInt16(at, true));
      if (at < chunk.length) carry = chunk[at];
    },
    /** Closes the last, partial bucket. */
    finish(): { peaks: number[]; samples: number } {
      if (inBucket > 0) close();
      return { peaks, samples };
    },
  };
}
