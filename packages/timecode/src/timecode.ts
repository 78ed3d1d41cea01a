import { nominalFps, supportsDropFrame, type FrameRate } from './rate';

export interface TimecodeOptions {
  /** Drop-frame labels (HH:MM:SS;FF); only for 29.97 and 59.94. */
  dropFrame?: boolean;
}

export class TimecodeError extends RangeError {
  override name = 'TimecodeError';
}

function dropPerMinute(rate: FrameRate, dropFrame: boolean | undefined): number {
  if (!dropFrame) return 0;
  if (!supportsDropFrame(rate))
    throw new TimecodeError(`Drop-frame timecode exists only at 29.97 and 59.94, not ${rate.num}/${rate.den}`);
  return nominalFps(rate) === 30 ? 2 : 4;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Frames since 00:00:00:00 as an SMPTE label; wraps at 24 hours like a deck does. */
export function framesToTimecode(frames: number, rate: FrameRate, options: TimecodeOptions = {}): string {
  if (!Number.isSafeInteger(frames)) throw new TimecodeError(`A frame count must be a whole number, got ${frames}`);
  const fps = nominalFps(rate);
  const drop = dropPerMinute(rate, options.dropFrame);
  const perMinute = fps * 60 - drop;
  const perTenMinutes = fps * 600 - drop * 9;
  const perDay = perTenMinutes * 6 * 24;
  let f = ((frames % perDay) + perDay) % perDay;
  if (drop) {
    const tens = Math.floor(f / perTenMinutes);
    const rest = f % perTenMinutes;
    f += drop * 9 * tens + (rest > drop ? drop * Math.floor((rest - drop) / perMinute) : 0);
  }
  const ff = f % fps;
  const totalSeconds = Math.floor(f / fps);
  const ss = totalSeconds % 60;
  const mm = Math.floor(totalSeconds / 60) % 60;
  const hh = Math.floor(totalSeconds / 3600);
  return `${pad(hh)}:${pad(mm)}:${pad(ss)}${drop ? ';' : ':'}${pad(ff)}`;
}

const LABEL = /^(\d{1,2})[:;.](\d{2})[:;.](\d{2})([:;.,])(\d{2,3})$/;

/**
 * Frames since 00:00:00:00 for an SMPTE label. Refuses labels a drop-frame count skips
 * (00:01:00;00 at 29.97 DF), out-of-range fields and frames beyond the rate.
 * A ';' before the frames means drop-frame when `dropFrame` is not given.
 */
export function timecodeToFrames(label: string, rate: FrameRate, options: TimecodeOptions = {}): number {
  const m = LABEL.exec(label.trim());
  if (!m) throw new TimecodeError(`"${label}" is not a timecode; write it as HH:MM:SS:FF`);
  const [hh, mm, ss, ff] = [m[1], m[2], m[3], m[5]].map(Number);
  const dropFrame = options.dropFrame ?? ((m[4] === ';' || m[4] === ',') && supportsDropFrame(rate));
  const fps = nominalFps(rate);
  const drop = dropPerMinute(rate, dropFrame);
  if (hh > 23 || mm > 59 || ss > 59)
    throw new TimecodeError(`"${label}" has a field out of range (hours 0-23, minutes and seconds 0-59)`);
  if (ff >= fps)
    throw new TimecodeError(`"${label}" has frame ${ff}, but a second has only ${fps} frames (00-${pad(fps - 1)})`);
  if (drop && ss === 0 && ff < drop && mm % 10 !== 0) {
    throw new TimecodeError(
      `"${label}" does not exist in drop-frame timecode: frames 00-${pad(drop - 1)} are skipped at the start of each minute except every tenth`,
    );
  }
  const totalMinutes = hh * 60 + mm;
  return (hh * 3600 + mm * 60 + ss) * fps + ff - drop * (totalMinutes - Math.floor(totalMinutes / 10));
}
