import { parsePositiveRational, rational, rationalToNumber, type Rational } from './rational';

/** Rates used in production; a measured rate close to one of them is taken as that rate. */
export const STANDARD_FRAME_RATES: readonly Rational[] = [
  rational(24000, 1001),
  rational(24),
  rational(25),
  rational(30000, 1001),
  rational(30),
  rational(48000, 1001),
  rational(48),
  rational(50),
  rational(60000, 1001),
  rational(60),
  rational(100),
  rational(120000, 1001),
  rational(120),
  rational(15),
  rational(12),
  rational(10),
  rational(8),
];

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(a, b);
}

/** The standard rate within `tolerance` (relative) of the value, else the value itself. */
export function snapFrameRate(value: Rational, tolerance = 0.0005): Rational {
  const number = rationalToNumber(value);
  let best: Rational | null = null;
  let bestDifference = tolerance;
  for (const standard of STANDARD_FRAME_RATES) {
    const difference = relativeDifference(number, rationalToNumber(standard));
    if (difference <= bestDifference) [best, bestDifference] = [standard, difference];
  }
  return best ?? value;
}

export interface ChosenFrameRate {
  rate: Rational;
  /** The stream's frame durations vary (phones, screen recordings); `rate` is then its average. */
  variable: boolean;
}

/**
 * Picks a stream's frame rate from ffprobe's r_frame_rate (the timestamps' base rate) and
 * avg_frame_rate (frames / duration). They agree on constant-rate media; r is twice avg on
 * interlaced streams that report the field rate; they disagree on variable-rate media,
 * where r is only a timestamp grid (e.g. 90000/1) and the average is what a viewer sees.
 */
export function chooseFrameRate(
  rFrameRate: string | undefined,
  avgFrameRate: string | undefined,
): ChosenFrameRate | null {
  const usable = (value: Rational | null) => (value && rationalToNumber(value) <= 1000 ? value : null);
  const rawR = parsePositiveRational(rFrameRate);
  const r = usable(rawR);
  const avg = usable(parsePositiveRational(avgFrameRate));
  // An r of thousands of frames per second is a timestamp clock, not a frame rate.
  if (rawR && !r && avg) return { rate: snapFrameRate(avg, 0.02), variable: true };
  if (r && avg) {
    const rNumber = rationalToNumber(r);
    const avgNumber = rationalToNumber(avg);
    if (relativeDifference(rNumber, avgNumber) < 0.0005) return { rate: snapFrameRate(r), variable: false };
    if (relativeDifference(rNumber, 2 * avgNumber) < 0.0005) return { rate: snapFrameRate(avg), variable: false };
    return { rate: snapFrameRate(avg, 0.02), variable: true };
  }
  const only = r ?? avg;
  return only ? { rate: snapFrameRate(only), variable: false } : null;
}
