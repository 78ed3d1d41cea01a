import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import type { Filmstrip } from './make-filmstrip';
import { followHlsOutput } from './follow-hls-output';
import { makePoster, type Poster } from './make-poster';
import type { Thumbnail } from './make-scene-thumbnails';
import type { VideoProxy, VideoProxyOptions } from './make-video-proxy';
import { writeWaveformFile, type Waveform } from './make-waveform';
import { defaultTimeoutMs } from './media-options';
import { posterTimeSeconds } from './poster-args';
import { probeMedia } from './probe';
import { FFMPEG_HLS_PLAYLIST } from './proxy-args';
import { secondsToFrames } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { namedShowinfoTime } from './showinfo';
import { audioStreams, displaySize, requireVideoStream } from './streams';
import {
  FILMSTRIP_SHOWINFO,
  PROGRESS_SHOWINFO,
  THUMBNAIL_PASSES,
  videoRenditionsArgs,
  type ThumbnailPass,
} from './video-renditions-args';
import { waveformPeaksOfFile } from './waveform-peaks';
import { loadSharp } from './load-sharp';

/** The renditions that can share the proxy's decode, each with the options of its own maker. */
export interface VideoRenditionsOptions extends VideoProxyOptions {
  /** As makePoster (maxWidth default 1280). */
  poster?: { output: string; maxWidth?: number };
  /** As makeSceneThumbnails, into `dir` (count default 12, threshold 0.4, width 320). */
  thumbnails?: { dir: string; count?: number; threshold?: number; width?: number };
  /** As makeFilmstrip (about 100 tiles, 10 per row, 160 wide). */
  filmstrip?: { output: string; maxTiles?: number; columns?: number; tileWidth?: number };
  /** As makeWaveform (bucketsPerSecond default 20). */
  waveform?: { output: string; bucketsPerSecond?: number };
}

/** One rendition of the shared run: made, or why not (the others are not held back by it). */
export type Made<T> = { made: T; error?: undefined } | { made?: undefined; error: Error };

export interface VideoRenditions {
  proxy: VideoProxy;
  poster?: Made<Poster>;
  thumbnails?: Made<Thumbnail[]>;
  filmstrip?: Made<Filmstrip>;
  waveform?: Made<Waveform>;
}

const INTERLACED = new Set(['tt', 'bb', 'tb', 'bt']);
const TIMECODE = /^\d{2}:\d{2}:\d{2}[:;.]\d{2,3}$/;

async function settle<T>(make: () => Promise<T>): Promise<Made<T>> {
  try {
    return { made: await make() };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

async function nonEmpty(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.size > 0,
    () => false,
  );
}

/**
 * Makes the proxy (MP4, and HLS when asked) and whichever of the poster, scene thumbnails,
 * filmstrip and waveform are asked for from one ffmpeg run: one decode of the source, split
 * between the encodes, with the same sizes and settings as their own makers, under one timeout
 * and memory cap. Progress is the run's. The proxy failing fails the call; another rendition
 * failing (no frame to show, no audio) is told in its own entry and its files are removed.
 */
export async function makeVideoRenditions(
  input: string,
  output: string,
  options: VideoRenditionsOptions = {},
): Promise<VideoRenditions> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  const audio = audioStreams(source);
  const shown = displaySize(video);
  const sourceHeight = shown?.height;
  const height = Math.min(
    options.height ?? 720,
    sourceHeight ? Math.max(2, Math.floor(sourceHeight / 2) * 2) : Infinity,
  );
  const duration = source.durationSeconds && source.durationSeconds > 0 ? source.durationSeconds : null;
  const segmentSeconds = options.hls?.segmentSeconds ?? 2;
  const startTimecode = source.startTimecode && TIMECODE.test(source.startTimecode) ? source.startTimecode : null;
  const refused: Pick<VideoRenditions, 'thumbnails' | 'filmstrip' | 'waveform'> = {};
  const noDuration = () => ({ error: new MediaError('the media has no known duration') });
  if (options.thumbnails && !duration) refused.thumbnails = noDuration();
  if (options.filmstrip && !duration) refused.filmstrip = noDuration();
  if (options.filmstrip && duration && !shown)
    refused.filmstrip = { error: new MediaError('the video stream has no picture size') };
  if (options.waveform && audio.length === 0)
    refused.waveform = { error: new MediaError('the file has no audio stream') };

  const posterSeconds = posterTimeSeconds(source.durationSeconds);
  const thumbnailCount = options.thumbnails?.count ?? 12;
  const thumbnailDir = options.thumbnails?.dir ?? '';
  const patternOf = (pass: ThumbnailPass) => join(thumbnailDir, `${pass}-%04d.jpg`);
  const samples = options.waveform ? `${options.waveform.output}.s16le` : '';
  const { args, filmstripIndex } = videoRenditionsArgs({
    proxy: {
      input,
      output,
      height,
      frameRate: video.frameRate,
      variableFrameRate: video.variableFrameRate,
      startTimecode,
      hasAudio: audio.length > 0,
      mergeMonoPair: audio.length >= 2 && audio[0].channels === 1 && audio[1].channels === 1,
      deinterlace: INTERLACED.has(video.fieldOrder ?? ''),
      readRate: options.readRate,
      hls: options.hls && { playlist: join(options.hls.dir, FFMPEG_HLS_PLAYLIST), segmentSeconds },
    },
    poster: options.poster && {
      output: options.poster.output,
      seconds: posterSeconds,
      maxWidth: options.poster.maxWidth,
    },
    thumbnails:
      options.thumbnails && !refused.thumbnails
        ? {
            patternOf,
            durationSeconds: duration!,
            count: thumbnailCount,
            threshold: options.thumbnails.threshold,
            width: options.thumbnails.width,
          }
        : undefined,
    filmstrip:
      options.filmstrip && !refused.filmstrip
        ? {
            output: options.filmstrip.output,
            durationSeconds: duration!,
            displayWidth: shown!.width,
            displayHeight: shown!.height,
            maxTiles: options.filmstrip.maxTiles,
            columns: options.filmstrip.columns,
            tileWidth: options.filmstrip.tileWidth,
          }
        : undefined,
    waveform: options.waveform && !refused.waveform ? { output: samples } : undefined,
  });

  await ensureParentDir(output);
  for (const file of [options.poster?.output, options.filmstrip?.output, options.waveform?.output])
    if (file) {
      await ensureParentDir(file);
      await removeQuietly(file);
    }
  if (options.thumbnails) await mkdir(thumbnailDir, { recursive: true });
  if (options.hls) await mkdir(options.hls.dir, { recursive: true });
  const follower = options.hls
    ? followHlsOutput(join(options.hls.dir, FFMPEG_HLS_PLAYLIST), options.hls.onUpdate)
    : null;
  const times: Record<string, number[]> = {};
  let reported = 0;
  const progress = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  const numbered = async (pass: ThumbnailPass) =>
    (await readdir(thumbnailDir)).filter((file) => new RegExp(`^${pass}-\\d{4,}\\.jpg$`).test(file)).sort();
  const clearThumbnails = async (keep?: ThumbnailPass) => {
    if (!options.thumbnails) return;
    for (const pass of THUMBNAIL_PASSES)
      if (pass !== keep) await removeQuietly(...(await numbered(pass)).map((file) => join(thumbnailDir, file)));
  };
  try {
    await clearThumbnails();
    const signals = [options.signal, follower?.signal].filter((signal): signal is AbortSignal => Boolean(signal));
    await runFfmpeg(args, {
      ...options,
      signal: signals.length ? AbortSignal.any(signals) : undefined,
      durationSeconds: source.durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
      onProgress: options.onProgress && progress,
      onStderrLine: (line) => {
        const frame = namedShowinfoTime(line);
        if (!frame) return;
        if (frame.name === PROGRESS_SHOWINFO) {
          if (duration) progress(Math.min(0.99, Math.round((frame.seconds / duration) * 1000) / 1000));
        } else (times[frame.name] ??= []).push(frame.seconds);
      },
    });
    const hls = follower ? await follower.finish() : null;
    const made = await probeMedia(output, { signal: options.signal, tools: options.tools });
    const madeVideo = requireVideoStream(made);
    if (!madeVideo.width || !madeVideo.height) throw new MediaError('the proxy has no picture size');
    const proxy: VideoProxy = {
      file: output,
      width: madeVideo.width,
      height: madeVideo.height,
      frameRate: madeVideo.frameRate,
      variableFrameRate: video.variableFrameRate,
      frameCount: madeVideo.frameCount,
      durationSeconds: made.durationSeconds,
      startTimecode: made.startTimecode,
      hasAudio: audioStreams(made).length > 0,
      sizeBytes: made.sizeBytes,
      hls,
    };
    const frameOf = (seconds: number, round?: 'ceil') =>
      video.frameRate ? secondsToFrames(seconds, video.frameRate, round) : null;
    const result: VideoRenditions = { proxy, ...refused };

    if (options.poster) {
      const file = options.poster.output;
      result.poster = await settle(async () => {
        // A duration that overstates the stream left nothing to grab: the poster's own maker takes the first frame.
        if (!(await nonEmpty(file)))
          return makePoster(input, file, { ...options, metadata: source, onProgress: undefined });
        const { width, height } = await (await loadSharp())(file).metadata();
        return { file, width, height, seconds: posterSeconds, frame: frameOf(posterSeconds, 'ceil') };
      });
    }
    if (options.thumbnails && !refused.thumbnails) {
      result.thumbnails = await settle(async () => {
        const passes = await Promise.all(THUMBNAIL_PASSES.map(numbered));
        // Scene changes when there are enough, else even intervals, else (a still-length clip) the first frame.
        const chosen =
          passes[0].length >= thumbnailCount ? 0 : passes.findIndex((files, i) => i > 0 && files.length > 0);
        if (chosen < 0) throw new MediaError('no frame could be decoded for thumbnails');
        const pass: ThumbnailPass = THUMBNAIL_PASSES[chosen];
        const files = passes[chosen];
        const at = times[pass] ?? [];
        if (pass === 'first') at.length = Math.min(at.length, 1);
        if (files.length !== at.length)
          throw new Error(`ffmpeg wrote ${files.length} thumbnails but reported ${at.length}`);
        await clearThumbnails(pass);
        return files.map((name, i) => ({
          file: join(thumbnailDir, name),
          seconds: Math.max(0, at[i]),
          frame: frameOf(Math.max(0, at[i])),
        }));
      });
      if (result.thumbnails.error) await clearThumbnails();
    }
    if (options.filmstrip && filmstripIndex) {
      const file = options.filmstrip.output;
      result.filmstrip = await settle(async () => {
        const tiles = times[FILMSTRIP_SHOWINFO]?.length ?? 0;
        if (tiles === 0 || !(await nonEmpty(file))) throw new MediaError('no frame could be decoded for a filmstrip');
        const { width, height } = await (await loadSharp())(file).metadata();
        return { file, width, height, index: { ...filmstripIndex, count: Math.min(tiles, filmstripIndex.count) } };
      });
      if (result.filmstrip.error) await removeQuietly(file);
    }
    if (options.waveform && !refused.waveform) {
      const file = options.waveform.output;
      const peaks = await settle(() =>
        waveformPeaksOfFile(samples, { bucketsPerSecond: options.waveform!.bucketsPerSecond }),
      );
      result.waveform = peaks.made ? await settle(() => writeWaveformFile(file, peaks.made)) : peaks;
    }
    return result;
  } catch (error) {
    await removeQuietly(
      output,
      ...[options.poster?.output, options.filmstrip?.output, options.waveform?.output].filter((f): f is string =>
        Boolean(f),
      ),
    );
    await clearThumbnails();
    if (options.hls) await rm(options.hls.dir, { recursive: true, force: true });
    throw error;
  } finally {
    follower?.stop();
    if (samples) await removeQuietly(samples);
  }
}
