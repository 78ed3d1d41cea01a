import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeHlsPlaylist, type HlsUpdate } from '@mam/media';
import { storageKeys } from '@mam/storage';
import {
  renditionJobsRepository,
  type HlsStreamOutput,
  type RenditionJobRow,
} from '../repositories/rendition-jobs.repository';
import type { JobContext } from './job-context';

/** The playlist players are given, in the stream's folder beside its segments. */
export const HLS_PLAYLIST_FILE = 'index.m3u8';

export interface HlsPublisher {
  onUpdate: HlsUpdate;
  /** Where the stream stands after the last update. */
  stream(): HlsStreamOutput;
}

/**
 * Publishes a rendition's HLS stream into blob storage as ffmpeg writes it, so any instance can
 * serve it at once: each new segment (the initialisation segment with the first) is moved in
 * under its key, then the playlist, rewritten from what is stored, replaces the previous one
 * atomically (EVENT while the encode runs, VOD at the end); the job row says where the stream is
 * from its first segment on.
 */
export function hlsPublisher(
  job: RenditionJobRow,
  context: JobContext,
  dirs: { stream: string; work: string },
): HlsPublisher {
  const key = (file: string) => storageKeys.stream(job.asset_id, job.version_id, job.kind, file);
  let initStored = false;
  let stream: HlsStreamOutput = { playlist: key(HLS_PLAYLIST_FILE), complete: false, segments: 0 };
  return {
    async onUpdate(playlist, added) {
      if (!initStored && playlist.initFile) {
        await context.storage.importFile(key(playlist.initFile), join(dirs.stream, playlist.initFile));
        initStored = true;
      }
      for (const segment of added) await context.storage.importFile(key(segment.file), join(dirs.stream, segment.file));
      const next = join(dirs.work, HLS_PLAYLIST_FILE);
      await writeFile(next, writeHlsPlaylist(playlist, context.config.HLS_SEGMENT_SECONDS));
      await context.storage.importFile(stream.playlist, next);
      const first = stream.segments === 0;
      stream = { ...stream, complete: playlist.ended, segments: playlist.segments.length };
      if (first && !playlist.ended)
        await renditionJobsRepository.recordPartialOutput(context.dataSource, job, { hls: stream });
    },
    stream: () => stream,
  };
}
