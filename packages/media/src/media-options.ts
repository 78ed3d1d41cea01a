/** Where the media tools are; plain names are looked up on PATH. */
export interface MediaTools {
  ffmpeg?: string;
  ffprobe?: string;
  /** poppler-utils' PDF rasteriser; a path that does not exist counts as not installed. */
  pdftoppm?: string;
  pdfinfo?: string;
}

/** What every long-running media function accepts. */
export interface MediaJobOptions {
  /** Called with 0..1 as work advances; never goes backwards. */
  onProgress?: (fraction: number) => void;
  /** Wall-clock limit; the tool is killed when it is exceeded. */
  timeoutMs?: number;
  /** Address-space cap for the ffmpeg process (needs the prlimit binary); null for none. */
  memoryBytes?: number | null;
  /**
   * CPU priority of the tool's process, 0 (the service's own) to 19 (only what other work leaves):
   * work a person waits for runs nearer 0 than work that can wait. Needs the nice program.
   */
  niceness?: number;
  signal?: AbortSignal;
  tools?: MediaTools;
}

export const DEFAULT_MEMORY_BYTES = 2 * 1024 ** 3;
export const DEFAULT_PROBE_TIMEOUT_MS = 30_000;
/** Largest image decoded by default: 16383 × 16383, the WebP and JPEG dimension limit. */
export const DEFAULT_IMAGE_PIXEL_LIMIT = 268_402_689;

/** Ten minutes plus four times the media's duration, when no timeout is given. */
export function defaultTimeoutMs(durationSeconds: number | null): number {
  return 600_000 + 4_000 * (durationSeconds ?? 3600);
}
