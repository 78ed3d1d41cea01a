import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { extractKeyframes, MediaError, secondsToFrames } from '@mam/media';
import type { EnrichmentJobRow } from '../../repositories/enrichment-jobs.repository';
import { technicalMetadataRepository } from '../../repositories/technical-metadata.repository';
import { uploadsRepository, type UploadRow } from '../../repositories/uploads.repository';
import type { JobContext } from '../job-context';
import { openMaster } from '../master-input';
import { versionTiming } from './version-timing';

export interface Keyframe {
  /** A still image of the frame, valid while the visit runs. */
  file: string;
  /** Its frame number from the start. */
  frame: number;
  /** The frame after the last one it stands for: the next keyframe's, or the version's end. */
  until: number;
}

export interface KeyframeVisit {
  upload: UploadRow;
  rate: { num: number; den: number };
  endFrame: number;
  keyframes: Keyframe[];
  /** A folder of the job's own, removed afterwards. */
  workDir: string;
}

/**
 * Opens a version's master, extracts its keyframes (scene changes, at least one every
 * KEYFRAME_INTERVAL_SECONDS; a still is its own) for `visit`, and cleans up after it. Extracting
 * counts for the first fifth of the job's progress.
 */
export async function withKeyframes<T>(
  job: EnrichmentJobRow,
  context: JobContext,
  visit: (found: KeyframeVisit) => Promise<T>,
): Promise<T> {
  const { dataSource, config } = context;
  const upload = await uploadsRepository.findByVersion(dataSource, job.version_id);
  if (!upload) throw new MediaError(`no upload recorded for version ${job.version_id}`);
  const metadata = await technicalMetadataRepository.find(dataSource, job.version_id);
  const { rate, endFrame } = versionTiming(metadata);
  const workDir = join(config.UPLOAD_DIR, '.work', job.id);
  await mkdir(workDir, { recursive: true });
  const master = await openMaster(upload, context, workDir);
  try {
    const extracted = await extractKeyframes(master.path, join(workDir, 'keyframes'), {
      still: metadata?.media_kind === 'image',
      maxGapSeconds: config.KEYFRAME_INTERVAL_SECONDS,
      threshold: config.KEYFRAME_SCENE_THRESHOLD,
      signal: context.signal,
      niceness: config.ENRICHMENT_NICENESS,
      onProgress: (fraction) => context.onProgress(0.2 * fraction),
    });
    const frames = extracted
      .map((keyframe) => ({
        file: keyframe.file,
        frame: keyframe.frame ?? secondsToFrames(keyframe.seconds, rate, 'floor'),
      }))
      .sort((a, b) => a.frame - b.frame);
    const keyframes = frames.map((keyframe, i) => ({
      ...keyframe,
      until: Math.max(frames[i + 1]?.frame ?? endFrame, keyframe.frame + 1),
    }));
    return await visit({ upload, rate, endFrame, keyframes, workDir });
  } finally {
    await master.release();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Reports progress over the keyframes after extraction (the remaining four fifths). */
export const keyframeProgress = (context: JobContext, done: number, total: number) =>
  context.onProgress(0.2 + (0.8 * done) / Math.max(total, 1));
