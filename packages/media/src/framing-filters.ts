import { cropPathExpression, cropWindowSize, type CropKey, type Size } from './crop-window';
import type { DeliveryFraming } from './delivery-profile';

/** What framing needs beyond the profile: the master's picture size and, for `faces`, the window's path. */
export interface FramingInput {
  master?: Size | null;
  /** The crop window's path over the master (see followFaces); the middle when absent. */
  cropPath?: CropKey[] | null;
}

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

/** The title-safe frame: the middle 90% of each side (SMPTE ST 2046-1), a line of about 1/270 of the height. */
export function titleSafeFilter(size: Size): string {
  const thickness = even(size.height / 270);
  const x = even(size.width * 0.05);
  const y = even(size.height * 0.05);
  return `drawbox=x=${x}:y=${y}:w=${size.width - 2 * x}:h=${size.height - 2 * y}:color=white@0.6:t=${thickness}`;
}

const padColour = (background: string | undefined) =>
  background && background.startsWith('#') ? `0x${background.slice(1)}` : 'black';

/**
 * Filter statements taking the picture at `from` to `to` framed into `size` as the profile says:
 * pad (bars of a colour, or the picture itself blurred behind), crop from the middle, or crop
 * following the faces' path; then the title-safe frame when asked, then `tail` (pixel format,
 * field order). Labels it needs are made from `label`. Pure.
 */
export function framingStatements(
  from: string,
  to: string,
  size: Size,
  framing: DeliveryFraming | undefined,
  input: FramingInput,
  tail: string[],
  label: string,
): string[] {
  const { width, height } = size;
  const finish = [...(framing?.titleSafe ? [titleSafeFilter(size)] : []), ...tail].join(',');
  const last = finish ? `,${finish}` : '';
  const fit = framing?.fit ?? 'pad';
  if (fit === 'pad' && framing?.background === 'blur') {
    // The blurred copy is made small, blurred and scaled back up: the same look at a fraction of the work.
    const small = { width: even(width / 8), height: even(height / 8) };
    return [
      `[${from}]split=2[${label}fg][${label}bg]`,
      `[${label}bg]scale=${small.width}:${small.height}:force_original_aspect_ratio=increase,crop=${small.width}:${small.height},boxblur=4:2,scale=${width}:${height},setsar=1[${label}blur]`,
      `[${label}fg]scale=${width}:${height}:force_original_aspect_ratio=decrease:flags=bicubic,setsar=1[${label}fit]`,
      `[${label}blur][${label}fit]overlay=(W-w)/2:(H-h)/2${last}[${to}]`,
    ];
  }
  if (fit === 'pad')
    return [
      `[${from}]scale=${width}:${height}:force_original_aspect_ratio=decrease:flags=bicubic,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=${padColour(framing?.background)},setsar=1${last}[${to}]`,
    ];
  if (fit === 'faces' && input.master && input.cropPath?.length) {
    const window = cropWindowSize(input.master, size);
    const x = cropPathExpression(input.cropPath, 'x');
    const y = cropPathExpression(input.cropPath, 'y');
    return [
      `[${from}]crop=w=${window.width}:h=${window.height}:x='${x}':y='${y}',scale=${width}:${height}:flags=bicubic,setsar=1${last}[${to}]`,
    ];
  }
  return [
    `[${from}]scale=${width}:${height}:force_original_aspect_ratio=increase:flags=bicubic,crop=${width}:${height},setsar=1${last}[${to}]`,
  ];
}
