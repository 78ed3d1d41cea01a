import { parsePositiveRational, secondsToFrames, type Rational } from '@mam/media';
import type { TechnicalMetadataRow } from '../../repositories/technical-metadata.repository';

/** Media without a picture (audio, stills) is counted in frames of 25 per second. */
export const NO_PICTURE_RATE: Rational = { num: 25, den: 1 };

/** A version's frame rate (exact, from its probe) and its length in frames (at least one). */
export function versionTiming(metadata: TechnicalMetadataRow | undefined): { rate: Rational; endFrame: number } {
  const summary = (metadata?.metadata?.summary ?? {}) as { frameRate?: string | null; durationSeconds?: number | null };
  const rate = parsePositiveRational(summary.frameRate ?? null) ?? NO_PICTURE_RATE;
  const seconds =
    typeof summary.durationSeconds === 'number' && summary.durationSeconds > 0 ? summary.durationSeconds : 0;
  return { rate, endFrame: Math.max(1, secondsToFrames(seconds, rate, 'ceil')) };
}
