import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { followHlsOutput, type HlsUpdate } from './follow-hls-output';
import type { HlsMediaPlaylist } from './hls-playlist';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { proxyArgs } from './proxy-args';
import type { Rational } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { audioStreams, displaySize, requireVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface VideoProxyOptions extends MediaJobOptions {
  /** Default 720; a smaller source keeps its own height. */
  height?: number;
  /** The source's probe, when the caller has it already. */
  metadata?: TechnicalMetadata;
  /** Also stream the same encode as HLS (fMP4 segments) into this folder, telling each growth. */
  hls?: VideoProxyHlsOptions;
  /** Reads the source at this multiple of real time (a test knob for a slow transcode); as fast as it can when absent. */
  readRate?: number;
}

export interface VideoProxyHlsOptions {
  /** An empty folder of its own: ffmpeg writes its playlist, the initialisation segment and the segments there. */
  dir: string;
  /** Default 2. */
  segmentSeconds?: number;
  /**
   * Told each time segments are complete, one call at a time, with the playlist so far (ended on
   * the last call, once the encode has finished). A failing call stops the encode.
   */
  onUpdate: HlsUpdate;
}

export interface VideoProxy {
  file: string;
  width: number;
  height: number;
  /** The proxy's rate: the source's exact constant rate, or for a variable-rate source the average of the times it kept. */
  frameRate: Rational | null;
  /** The proxy keeps a variable-rate source's own frame times (each frame once). */
  variableFrameRate: boolean;
  frameCount: number | null;
  durationSeconds: number | null;
  startTimecode: string | null;
  hasAudio: boolean;
  sizeBytes: number | null;
  /** The HLS stream's last playlist (ended), when one was asked for. */
  hls: HlsMediaPlaylist | null;
}

/** ffmpeg's own playlist in the HLS folder (the caller publishes its own from it). */
export const FFMPEG_HLS_PLAYLIST = 'ffmpeg.m3u8';

const INTERLACED = new Set(['tt', 'bb', 'tb', 'bt']);
const TIMECODE = /^\d{2}:\d{2}:\d{2}[:;.]\d{2,3}$/;

/**
 * Writes an H.264/AAC MP4 proxy at the source's exact frame rate and start timecode (a
 * variable-rate source keeps its own frame times, each frame once), deinterlaced when the
 * source is interlaced; reports what it made.
 */
export async function makeVideoProxy(
  input: string,
  output: string,
  options: VideoProxyOptions = {},
): Promise<VideoProxy> {
  const source = options.metadata ?? (await probeMedia(input, { signal: options.signal, tools: options.tools }));
  const video = requireVideoStream(source);
  const audio = audioStreams(source);
  const sourceHeight = displaySize(video)?.height;
  const height = Math.min(
    options.height ?? 720,
    sourceHeight ? Math.max(2, Math.floor(sourceHeight / 2) * 2) : Infinity,
  );
  const segmentSeconds = options.hls?.segmentSeconds ?? 2;
  const startTimecode = source.startTimecode && TIMECODE.test(source.startTimecode) ? source.startTimecode : null;
  const args = proxyArgs({
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
  });
  await ensureParentDir(output);
  if (options.hls) await mkdir(options.hls.dir, { recursive: true });
  const follower = options.hls
    ? followHlsOutput(join(options.hls.dir, FFMPEG_HLS_PLAYLIST), options.hls.onUpdate)
    : null;
  try {
    const signals = [options.signal, follower?.signal].filter((signal): signal is AbortSignal => Boolean(signal));
    await runFfmpeg(args, {
      ...options,
      signal: signals.length ? AbortSignal.any(signals) : undefined,
      durationSeconds: source.durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
    });
    const hls = follower ? await follower.finish() : null;
    const made = await probeMedia(output, { signal: options.signal, tools: options.tools });
    const madeVideo = requireVideoStream(made);
    if (!madeVideo.width || !madeVideo.height) throw new MediaError('the proxy has no picture size');
    return {
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
  } catch (error) {
    await removeQuietly(output);
    if (options.hls) await rm(options.hls.dir, { recursive: true, force: true });
    throw error;
  } finally {
    follower?.stop();
  }
}
