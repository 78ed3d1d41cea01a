import { filmstripEncodeArgs, filmstripPlan, type FilmstripArgsInput, type FilmstripIndex } from './filmstrip-args';
import { posterEncodeArgs } from './poster-args';
import {
  MERGE_MONO_PAIR,
  proxyArgs,
  proxyOutputArgs,
  proxyVideoFilters,
  readRateArgs,
  type ProxyArgsInput,
} from './proxy-args';
import { scaleToMaxWidth, scaleToWidth } from './scale-filters';
import { thumbnailEncodeArgs, thumbnailSelectFilter } from './scene-thumbnail-args';
import { waveformOutputArgs } from './waveform-peaks';

/** The thumbnail selections one run makes side by side; the caller keeps the first that found enough. */
export const THUMBNAIL_PASSES = ['scene', 'interval', 'first'] as const;
export type ThumbnailPass = (typeof THUMBNAIL_PASSES)[number];

export interface VideoRenditionsArgsInput {
  /** The proxy (MP4, and HLS when asked) from the input named here. */
  proxy: ProxyArgsInput;
  /** One JPEG frame from `seconds` in (the first frame for 0), at most `maxWidth` (default 1280) wide. */
  poster?: { output: string; seconds: number; maxWidth?: number };
  /**
   * Thumbnails `<pattern pass>-%04d.jpg` for every pass at once: at scene changes (at least
   * `durationSeconds / count / 2` apart), in the middle of each of `count` intervals, and the first frame.
   */
  thumbnails?: {
    patternOf: (pass: ThumbnailPass) => string;
    durationSeconds: number;
    count: number;
    threshold?: number;
    width?: number;
  };
  /** The filmstrip sprite sheet (see filmstripArgs). */
  filmstrip?: Omit<FilmstripArgsInput, 'input'>;
  /** The first audio stream as 8 kHz mono s16le samples in this file (see waveformPeaksOfFile). */
  waveform?: { output: string };
}

/** The showinfo filters' names: `showinfo@<name>` lines say which output a frame went to (see namedShowinfoTime). */
export const FILMSTRIP_SHOWINFO = 'filmstrip';
export const PROGRESS_SHOWINFO = 'progress';

/**
 * ffmpeg arguments that make every video rendition from one decode of the input: a split filter
 * graph feeds the proxy's encode and each picture rendition its own branch (with the settings of
 * its own builder), and the decoded audio feeds the proxy and the waveform samples. With the
 * proxy alone these are proxyArgs exactly. Pure.
 */
export function videoRenditionsArgs(options: VideoRenditionsArgsInput): {
  args: string[];
  filmstripIndex: FilmstripIndex | null;
} {
  const { proxy, poster, thumbnails, filmstrip, waveform } = options;
  if (!poster && !thumbnails && !filmstrip && !waveform) return { args: proxyArgs(proxy), filmstripIndex: null };
  // ffmpeg reports no progress until every output has begun (a filmstrip's only frame comes at the
  // end), so a branch of its own logs a frame time twice a second for the run's progress.
  // ffmpeg 5.1 runs the whole graph on one thread, and frames keep flowing into a branch whose
  // output has its one frame: so every branch but the proxy's drops the frames it does not keep
  // before it scales, and the thumbnails (which score every frame) are scaled from the proxy's
  // frames rather than from the source's.
  const branches = ['proxy', 'progress', ...(poster ? ['poster'] : []), ...(filmstrip ? ['strip'] : [])];
  const proxyOut = thumbnails ? `,split=2[proxy][in_thumbs]` : '[proxy]';
  const graph: string[] = [
    `[0:v:0]split=${branches.length}${branches.map((name) => `[in_${name}]`).join('')}`,
    `[in_proxy]${proxyVideoFilters(proxy).join(',')}${proxyOut}`,
    `[in_progress]select='isnan(prev_selected_t)+gte(t-prev_selected_t,0.5)',showinfo@${PROGRESS_SHOWINFO},nullsink`,
  ];
  const outputs: string[] = [];
  if (poster) {
    const from = poster.seconds > 0 ? `gte(t,${Math.round(poster.seconds * 1000) / 1000})*` : '';
    graph.push(`[in_poster]select='${from}isnan(prev_selected_t)',${scaleToMaxWidth(poster.maxWidth ?? 1280)}[poster]`);
    outputs.push('-map', '[poster]', '-frames:v', '1', ...posterEncodeArgs(poster.output));
  }
  if (thumbnails) {
    const { durationSeconds: duration, count } = thumbnails;
    const select = {
      scene: thumbnailSelectFilter({
        mode: 'scene',
        threshold: thumbnails.threshold,
        minGapSeconds: duration / count / 2,
      }),
      interval: thumbnailSelectFilter({ mode: 'interval', intervalSeconds: duration / count }),
      first: `select='isnan(prev_selected_t)'`,
    };
    // Scaled once for every pass: scene scores are computed on the small frames.
    graph.push(
      `[in_thumbs]${scaleToWidth(thumbnails.width ?? 320)},split=${THUMBNAIL_PASSES.length}${THUMBNAIL_PASSES.map((pass) => `[t_${pass}]`).join('')}`,
    );
    for (const pass of THUMBNAIL_PASSES) {
      graph.push(`[t_${pass}]${select[pass]},showinfo@${pass}[thumbs_${pass}]`);
      outputs.push(
        '-map',
        `[thumbs_${pass}]`,
        ...(pass === 'first' ? ['-frames:v', '1'] : []),
        ...thumbnailEncodeArgs(thumbnails.patternOf(pass)),
      );
    }
  }
  let filmstripIndex: FilmstripIndex | null = null;
  if (filmstrip) {
    const plan = filmstripPlan(filmstrip, FILMSTRIP_SHOWINFO);
    filmstripIndex = plan.index;
    graph.push(`[in_strip]${plan.filters.join(',')}[strip]`);
    outputs.push('-map', '[strip]', ...filmstripEncodeArgs(filmstrip.output));
  }
  if (proxy.hasAudio && proxy.mergeMonoPair) graph.push(MERGE_MONO_PAIR);
  if (waveform) outputs.push(...waveformOutputArgs(waveform.output));
  const audio = proxy.mergeMonoPair ? ['-map', '[stereo]'] : ['-map', '0:a:0'];
  return {
    args: [
      ...readRateArgs(proxy.readRate),
      '-i',
      proxy.input,
      '-filter_complex',
      graph.join(';'),
      ...proxyOutputArgs(proxy, { video: ['-map', '[proxy]'], audio }),
      ...outputs,
    ],
    filmstripIndex,
  };
}
