import { readFile } from 'node:fs/promises';
import { newHlsSegments, parseHlsPlaylist, type HlsMediaPlaylist } from './hls-playlist';

/** Told each time the stream grows: the playlist so far and the segments new since the last call. */
export type HlsUpdate = (playlist: HlsMediaPlaylist, added: HlsMediaPlaylist['segments']) => Promise<void>;

export interface HlsFollower {
  /** Aborted with the reason when an update fails: stop the encoder. */
  signal: AbortSignal;
  /** The encoder has finished: takes in the last segments and tells the ended playlist. */
  finish(): Promise<HlsMediaPlaylist>;
  /** Stops looking (after finish, or when the encoder failed). */
  stop(): void;
}

async function readPlaylist(path: string): Promise<HlsMediaPlaylist | null> {
  try {
    return parseHlsPlaylist(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Watches the playlist ffmpeg's hls muxer rewrites (atomically, by rename) as it closes each
 * segment, and tells `onUpdate` about each growth, one call at a time. ffmpeg lists a segment
 * only once it is complete, so what is told may be published at once.
 */
export function followHlsOutput(playlistPath: string, onUpdate: HlsUpdate, intervalMs = 200): HlsFollower {
  const controller = new AbortController();
  let told: HlsMediaPlaylist = { initFile: null, segments: [], ended: false };
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const look = async (ended: boolean) => {
    const read = await readPlaylist(playlistPath);
    if (!read) {
      if (ended) throw new Error('ffmpeg finished without writing its HLS playlist');
      return;
    }
    const next = { ...read, ended };
    const added = newHlsSegments(told, next);
    if (added.length === 0 && !ended) return;
    await onUpdate(next, added);
    told = next;
  };
  const tick = () => {
    running = running
      .then(() => (stopped ? undefined : look(false)))
      .catch((error: unknown) => {
        stopped = true;
        controller.abort(error);
      });
  };
  const timer = setInterval(tick, intervalMs);

  return {
    signal: controller.signal,
    async finish() {
      clearInterval(timer);
      await running;
      if (controller.signal.aborted) throw controller.signal.reason;
      stopped = true;
      await look(true);
      return told;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
