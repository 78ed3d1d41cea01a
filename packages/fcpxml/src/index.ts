import type { FrameRate } from '@mam/timecode';

/** A time of `frames` frames at `rate`, as FCPXML writes it: frames × den over num seconds ("900000/25s", "150/25s"), or "0s". */
export function rationalTime(frames: number, rate: FrameRate): string {
  if (!Number.isSafeInteger(frames) || frames < 0)
    throw new RangeError(`frames must be a non-negative integer: ${frames}`);
  if (frames === 0) return '0s';
  return `${BigInt(frames) * BigInt(rate.den)}/${rate.num}s`;
}

/** Duration of one frame at `rate`: den/num seconds ("1/25s", "1001/24000s"). */
export function frameDuration(rate: FrameRate): string {
  return `${rate.den}/${rate.num}s`;
}

/**
 * Text safe in XML 1.0 content and quoted attributes: markup characters escaped; characters XML 1.0
 * cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function escapeXml(value: string): string {
  return value
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
