import type { DeliveryLoudness } from './delivery-profile';
import { MediaError } from './errors';
import type { MediaJobOptions } from './media-options';
import { runFfmpeg } from './run-ffmpeg';

/** EBU R128 measurement of a programme. */
export interface LoudnessMeasurement {
  /** Integrated loudness, LUFS. */
  integrated: number;
  /** Loudness range, LU. */
  range: number;
  /** True peak, dBTP. */
  truePeak: number;
  /** Gating threshold, LUFS (loudnorm's input_thresh). */
  threshold: number;
}

/** How one output's level is brought to its target. */
export interface LoudnessPlan {
  /**
   * linear: one gain for the whole programme (its range kept); dynamic: loudnorm's dynamic mode,
   * which compresses to the range and limits the true peak; none: the master is silent.
   */
  mode: 'linear' | 'dynamic' | 'none';
  /** The filter to put in the output's audio chain; null for none. */
  filter: string | null;
  gainDb: number;
  /** Why the plan is what it is, for the record. */
  reason: string;
}

/** Audio of the master's programme to measure: the first audio stream, or a pair of mono tracks merged. */
export type ProgrammeSource = { kind: 'track'; track: number } | { kind: 'mono-pair'; first: number };

/** ffmpeg arguments measuring a file's programme loudness with loudnorm's analysis (summary printed as JSON). */
export function loudnessMeasureArgs(input: string, programme: ProgrammeSource = { kind: 'track', track: 0 }): string[] {
  const measure = 'loudnorm=print_format=json';
  const graph =
    programme.kind === 'track'
      ? [`[0:a:${programme.track}]${measure}[m]`]
      : [`[0:a:${programme.first}][0:a:${programme.first + 1}]amerge=inputs=2,${measure}[m]`];
  return ['-i', input, '-filter_complex', graph.join(';'), '-map', '[m]', '-f', 'null', '-'];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The last JSON summary loudnorm printed on stderr (lines as ffmpeg wrote them, with or
 * without a `[Parsed_loudnorm…] [info]` prefix on the opening line). Pure.
 */
export function parseLoudnormSummary(lines: string[]): Record<string, string> | null {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/\{\s*$/.test(lines[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const body: string[] = ['{'];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].replace(/^\[[^\]]*\]\s*(\[[a-z]+\]\s*)?/, '');
    body.push(line);
    if (/^\s*\}\s*$/.test(line)) break;
  }
  try {
    return JSON.parse(body.join('\n')) as Record<string, string>;
  } catch {
    return null;
  }
}

/** A loudnorm summary's measured input, as numbers (-inf for a silent programme). */
export function measurementOf(summary: Record<string, string>): LoudnessMeasurement {
  const number = (key: string) => {
    const value = summary[key];
    if (value === '-inf') return -Infinity;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) throw new MediaError(`loudness measurement has no ${key}`);
    return parsed;
  };
  return {
    integrated: number('input_i'),
    range: number('input_lra'),
    truePeak: number('input_tp'),
    threshold: number('input_thresh'),
  };
}

/**
 * The level plan for one output, from the master's measurement and the output's target. A
 * programme whose peak stays under the ceiling after the gain and whose range fits the target
 * gets one gain (the volume filter: loudnorm's own linear mode silently falls back to dynamic
 * when the measured range is 0, as it is for a steady tone); otherwise loudnorm's dynamic mode
 * with the measured values, which compresses and limits the true peak. Pure.
 */
export function planLoudness(measured: LoudnessMeasurement, target: DeliveryLoudness): LoudnessPlan {
  if (!Number.isFinite(measured.integrated) || measured.integrated <= -70)
    return { mode: 'none', filter: null, gainDb: 0, reason: 'the programme is silent' };
  const gainDb = round(target.integrated - measured.integrated);
  const peakAfter = round(measured.truePeak + gainDb);
  if (peakAfter <= target.truePeak && measured.range <= target.range) {
    return {
      mode: 'linear',
      filter: `volume=${gainDb}dB`,
      gainDb,
      reason: `one gain of ${gainDb} dB; true peak becomes ${peakAfter} dBTP`,
    };
  }
  const why =
    peakAfter > target.truePeak
      ? `a gain of ${gainDb} dB would put the true peak at ${peakAfter} dBTP, over the ${target.truePeak} dBTP ceiling`
      : `the range ${measured.range} LU is over the ${target.range} LU target`;
  const filter =
    `loudnorm=I=${target.integrated}:TP=${target.truePeak}:LRA=${target.range}` +
    `:measured_I=${measured.integrated}:measured_TP=${measured.truePeak}:measured_LRA=${measured.range}:measured_thresh=${measured.threshold}` +
    `:linear=false:print_format=none`;
  return { mode: 'dynamic', filter, gainDb, reason: `dynamic normalisation: ${why}` };
}

/** Measures a file's programme loudness (EBU R128: integrated, range, true peak). */
export async function measureLoudness(
  input: string,
  options: MediaJobOptions & { programme?: ProgrammeSource; durationSeconds?: number | null } = {},
): Promise<LoudnessMeasurement> {
  const lines: string[] = [];
  await runFfmpeg(loudnessMeasureArgs(input, options.programme), {
    ...options,
    onStderrLine: (line) => lines.push(line),
  });
  const summary = parseLoudnormSummary(lines.slice(-20));
  if (!summary) throw new MediaError('loudness could not be measured: loudnorm printed no summary');
  return measurementOf(summary);
}
