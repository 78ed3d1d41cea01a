import { rationalToNumber, type Rational } from './rational';

/** Frames per timecode second: 24 for 24000/1001, 30 for 30000/1001, 25 for 25. */
export function timecodeBase(rate: Rational): number {
  const base = Math.round(rationalToNumber(rate));
  if (base < 1) throw new RangeError(`frame rate ${rate.num}/${rate.den} is too low for timecode`);
  return base;
}

/** Drop-frame timecode exists only for the NTSC rates 30000/1001 and 60000/1001. */
export function isDropFrameRate(rate: Rational): boolean {
  return rate.den === 1001 && (rate.num === 30000 || rate.num === 60000);
}

function droppedPerMinute(rate: Rational): number {
  return timecodeBase(rate) / 15;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Frame count of an SMPTE timecode ("10:00:00:00", drop-frame "01:00:00;00") at a rate.
 * A ";" (or ".") before the frames marks drop-frame, which only 29.97 and 59.94 allow.
 */
export function timecodeToFrames(timecode: string, rate: Rational): number {
  const match = /^\s*(\d{1,3})[:;.](\d{2})[:;.](\d{2})([:;.])(\d{2,3})\s*$/.exec(timecode);
  if (!match) throw new RangeError(`not a timecode: "${timecode}" (expected HH:MM:SS:FF)`);
  const [hours, minutes, seconds, frames] = [match[1], match[2], match[3], match[5]].map(Number);
  const dropFrame = match[4] !== ':';
  const base = timecodeBase(rate);
  if (minutes > 59 || seconds > 59 || frames >= base) throw new RangeError(`timecode ${timecode} is out of range at ${base} frames per second`);
  const nominal = ((hours * 60 + minutes) * 60 + seconds) * base + frames;
  if (!dropFrame) return nominal;
  if (!isDropFrameRate(rate)) throw new RangeError(`drop-frame timecode ${timecode} needs a 30000/1001 or 60000/1001 rate, not ${rate.num}/${rate.den}`);
  const drop = droppedPerMinute(rate);
  if (seconds === 0 && minutes % 10 !== 0 && frames < drop) throw new RangeError(`timecode ${timecode} does not exist in drop-frame counting`);
  const totalMinutes = hours * 60 + minutes;
  return nominal - drop * (totalMinutes - Math.floor(totalMinutes / 10));
}

/**
 * SMPTE timecode of a frame count. Drop-frame (";" before the frames) must be asked for and
 * is only valid at 30000/1001 and 60000/1001. Hours are not wrapped at 24.
 */
export function framesToTimecode(frames: number, rate: Rational, options: { dropFrame?: boolean } = {}): string {
  if (!Number.isSafeInteger(frames) || frames < 0) throw new RangeError(`frame count must be a non-negative integer: ${frames}`);
  const base = timecodeBase(rate);
  let count = frames;
  if (options.dropFrame) {
    if (!isDropFrameRate(rate)) throw new RangeError(`drop-frame timecode needs a 30000/1001 or 60000/1001 rate, not ${rate.num}/${rate.den}`);
    const drop = droppedPerMinute(rate);
    const perMinute = base * 60 - drop;
    const perTenMinutes = base * 600 - drop * 9;
    const tens = Math.floor(count / perTenMinutes);
    const rest = count % perTenMinutes;
    count += drop * 9 * tens + (rest > drop ? drop * Math.floor((rest - drop) / perMinute) : 0);
  }
  const ff = count % base;
  const totalSeconds = Math.floor(count / base);
  const ss = totalSeconds % 60;
  const mm = Math.floor(totalSeconds / 60) % 60;
  const hh = Math.floor(totalSeconds / 3600);
  return `${pad(hh)}:${pad(mm)}:${pad(ss)}${options.dropFrame ? ';' : ':'}${pad(ff)}`;
}
