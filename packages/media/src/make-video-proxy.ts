import type { HlsUpdate } from './follow-hls-output';
import type { HlsMediaPlaylist } from './hls-playlist';
import { makeVideoRenditions } from './make-video-renditions';
import type { MediaJobOptions } from './media-options';
import type { Rational } from './rational';
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

/**
 * Writes an H.264/AAC MP4 proxy at the source's exact frame rate and start timecode (a
 * variable-rate source keeps its own frame times, each frame once), deinterlaced when the
 * source is interlaced; reports what it made. (makeVideoRenditions makes the other video
 * renditions from the same decode.)
 */
export async function makeVideoProxy(
  input: string,
  output: string,
  options: VideoProxyOptions = {},
): Promise<VideoProxy> {
  return (await makeVideoRenditions(input, output, options)).proxy;
}
