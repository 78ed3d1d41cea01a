import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractKeyframes, MediaError, secondsToFrames } from '@mam/media';
import { storageKeys } from '@mam/storage';
import { enrichmentJobsRepository, type EnrichmentJobRow } from '../../repositories/enrichment-jobs.repository';
import { technicalMetadataRepository } from '../../repositories/technical-metadata.repository';
import { uploadsRepository, type UploadRow } from '../../repositories/uploads.repository';
import type { JobContext } from '../job-context';
import { openMaster } from '../master-input';
import { versionTiming } from './version-timing';

export interface Keyframe {
  /** A still image of the frame (in storage, or the still itself), valid while the visit runs. */
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

/** Where a version's keyframes are kept, with the manifest that says how they were chosen (written last). */
const KEYFRAMES = 'keyframes';
const MANIFEST = 'manifest.json';

interface KeyframeManifest {
  /** The choice they were made with: another choice (changed settings) extracts them again. */
  maxGapSeconds: number;
  threshold: number;
  frames: { file: string; seconds: number; frame: number | null }[];
}

type Choice = Pick<KeyframeManifest, 'maxGapSeconds' | 'threshold'>;

/** The version's stored keyframes made with this choice, or null. */
async function storedKeyframes(job: EnrichmentJobRow, context: JobContext, choice: Choice) {
  const key = storageKeys.rendition(job.asset_id, job.version_id, KEYFRAMES, MANIFEST);
  if (!(await context.storage.stat(key))) return null;
  const manifest = JSON.parse(await readFile(context.storage.localPath(key), 'utf8')) as KeyframeManifest;
  if (manifest.maxGapSeconds !== choice.maxGapSeconds || manifest.threshold !== choice.threshold) return null;
  return manifest.frames.map((frame) => ({
    ...frame,
    file: context.storage.localPath(storageKeys.rendition(job.asset_id, job.version_id, KEYFRAMES, frame.file)),
  }));
}

/**
 * A video's keyframes, extracted from its master once for every picture job of the version (text,
 * objects, faces, logos) and kept in storage beside its renditions: the first job to ask extracts
 * them while the others of any instance wait on a lock of the version, then read what it stored.
 */
async function videoKeyframes(job: EnrichmentJobRow, context: JobContext, upload: UploadRow, workDir: string) {
  const { config } = context;
  const choice: Choice = {
    maxGapSeconds: config.KEYFRAME_INTERVAL_SECONDS,
    threshold: config.KEYFRAME_SCENE_THRESHOLD,
  };
  return context.dataSource.transaction(async (manager) => {
    await enrichmentJobsRepository.lockKeyframes(manager, job.version_id);
    const stored = await storedKeyframes(job, context, choice);
    if (stored) return stored;
    const master = await openMaster(upload, context, join(workDir, 'master-input'));
    try {
      const extracted = await extractKeyframes(master.path, join(workDir, KEYFRAMES), {
        ...choice,
        signal: context.signal,
        niceness: config.ENRICHMENT_NICENESS,
        onProgress: (fraction) => context.onProgress(0.2 * fraction),
      });
      await context.storage.deletePrefix(storageKeys.renditionDir(job.asset_id, job.version_id, KEYFRAMES));
      const frames = [];
      for (const keyframe of extracted) {
        const file = basename(keyframe.file);
        await context.storage.importFile(
          storageKeys.rendition(job.asset_id, job.version_id, KEYFRAMES, file),
          keyframe.file,
        );
        frames.push({ file, seconds: keyframe.seconds, frame: keyframe.frame });
      }
      const manifest = join(workDir, MANIFEST);
      await writeFile(manifest, JSON.stringify({ ...choice, frames } satisfies KeyframeManifest));
      await context.storage.importFile(
        storageKeys.rendition(job.asset_id, job.version_id, KEYFRAMES, MANIFEST),
        manifest,
      );
      return (await storedKeyframes(job, context, choice))!;
    } finally {
      await master.release();
    }
  });
}

/**
 * A version's keyframes (scene changes, at least one every KEYFRAME_INTERVAL_SECONDS; a still is
 * its own) for `visit`, with a work folder of the job's own cleaned up after it. A video's are
 * extracted once for all its picture jobs (see videoKeyframes); extracting counts for the first
 * fifth of the job's progress.
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
  const still = metadata?.media_kind === 'image';
  // A still is its own keyframe: its master stays open while the visit reads it.
  const master = still ? await openMaster(upload, context, join(workDir, 'master-input')) : null;
  try {
    const extracted = master
      ? await extractKeyframes(master.path, join(workDir, KEYFRAMES), { still: true })
      : await videoKeyframes(job, context, upload, workDir);
    context.onProgress(0.2);
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
    await master?.release();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Reports progress over the keyframes after extraction (the remaining four fifths). */
export const keyframeProgress = (context: JobContext, done: number, total: number) =>
  context.onProgress(0.2 + (0.8 * done) / Math.max(total, 1));
