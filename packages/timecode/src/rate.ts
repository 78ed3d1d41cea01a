/** An exact frame rate: `num / den` frames per second (24000/1001, never 23.976). */
export interface FrameRate {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A reduced rate; throws RangeError unless both parts are positive integers. */
export function frameRate(num: number, den = 1): FrameRate {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num <= 0 || den <= 0) {
    throw new RangeError(`A frame rate needs positive whole numbers, got ${num}/${den}`);
  }
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** The NTSC-family decimals people type, mapped to their exact rates. */
const DECIMAL_RATES: Record<string, FrameRate> = {
  '23.976': { num: 24000, den: 1001 },
  '23.98': { num: 24000, den: 1001 },
  '29.97': { num: 30000, den: 1001 },
  '47.952': { num: 48000, den: 1001 },
  '59.94': { num: 60000, den: 1001 },
  '119.88': { num: 120000, den: 1001 },
};

/** Reads "24000/1001" (ffprobe's r_frame_rate), "25" or a known NTSC decimal such as "29.97". */
export function parseFrameRate(text: string): FrameRate {
  const t = text.trim();
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (fraction) return frameRate(Number(fraction[1]), Number(fraction[2]));
  if (/^\d+$/.test(t)) return frameRate(Number(t));
  const known = DECIMAL_RATES[t];
  if (known) return known;
  throw new RangeError(`Not a frame rate: "${text}" (use a fraction such as 30000/1001 or a whole number)`);
}

/** The whole number of frames a timecode second counts: 30 for 29.97, 24 for 23.976. */
export function nominalFps(rate: FrameRate): number {
  return Math.round(rate.num / rate.den);
}

/** Whether drop-frame labelling applies: only 29.97 (30000/1001) and 59.94 (60000/1001). */
export function supportsDropFrame(rate: FrameRate): boolean {
  return rate.den === 1001 && (rate.num === 30000 || rate.num === 60000);
}

export function rateEquals(a: FrameRate, b: FrameRate): boolean {
  return a.num * b.den === b.num * a.den;
}

export function formatFrameRate(rate: FrameRate): string {
  if (rate.den === 1) return String(rate.num);
  return (rate.num / rate.den).toFixed(3).replace(/\.?0+$/, '');
}
