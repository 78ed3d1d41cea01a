/** An exact ratio such as a frame rate of 24000/1001; always reduced, den > 0. */
export interface Rational {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced rational; rejects a zero denominator and non-integers. */
export function rational(num: number, den = 1): Rational {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den))
    throw new RangeError(`rational parts must be integers: ${num}/${den}`);
  if (den === 0) throw new RangeError(`rational has a zero denominator: ${num}/${den}`);
  const sign = den < 0 ? -1 : 1;
  const divisor = gcd(num, den) || 1;
  return { num: (sign * num) / divisor || 0, den: (sign * den) / divisor };
}

/**
 * Parses "24000/1001", "25/1", "25" or ffprobe's "16:9"; the result is reduced.
 * Decimal text such as "23.976" is refused: it is not an exact rate.
 */
export function parseRational(text: string): Rational {
  const match = /^\s*(-?\d+)\s*(?:[/:]\s*(-?\d+)\s*)?$/.exec(text);
  if (!match) throw new RangeError(`not a rational number: "${text}" (write it as num/den, e.g. 30000/1001)`);
  return rational(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]));
}

/** Like parseRational, but null for empty, unknown ("0/0", "N/A") or non-positive values. */
export function parsePositiveRational(text: string | undefined | null): Rational | null {
  if (!text) return null;
  try {
    const value = parseRational(text);
    return value.num > 0 ? value : null;
  } catch {
    return null;
  }
}

export function rationalToNumber(value: Rational): number {
  return value.num / value.den;
}

/** "24000/1001"; the form ffmpeg accepts for -r. */
export function formatRational(value: Rational): string {
  return `${value.num}/${value.den}`;
}

export function rationalEquals(a: Rational, b: Rational): boolean {
  return a.num * b.den === b.num * a.den;
}

/** Seconds at which a frame starts: frames × den / num, with a single rounding. */
export function framesToSeconds(frames: number, rate: Rational): number {
  return (frames * rate.den) / rate.num;
}

/** The frame that contains the given time (floor) or the nearest one (round). */
export function secondsToFrames(
  seconds: number,
  rate: Rational,
  rounding: 'floor' | 'round' | 'ceil' = 'round',
): number {
  const exact = (seconds * rate.num) / rate.den;
  const nearest = Math.round(exact);
  if (Math.abs(exact - nearest) < 1e-6) return nearest;
  return Math[rounding](exact);
}
