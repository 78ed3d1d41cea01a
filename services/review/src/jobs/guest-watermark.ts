import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobHandler } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { isMediaError, makeWatermarkedProxy } from '@mam/media';
import type { BlobStorage } from '@mam/storage';
import type { GuestWatermark, GuestWatermarkOutput } from './review-jobs';

class NoStorage extends Error {}

/**
 * A guest's copy of a proxy with their name and email burnt in, written under its deterministic
 * key (a retry overwrites it). Made in a private folder and moved in whole, so a player never
 * reads half a file.
 */
export function guestWatermarkHandler(storage: BlobStorage | null, logger: Logger): JobHandler {
  return {
    async run(job, context): Promise<GuestWatermarkOutput> {
      if (!storage) throw new NoStorage('review has no storage for watermarked copies (STORAGE_DIR)');
      const mark = job.payload as GuestWatermark;
      const folder = await mkdtemp(join(tmpdir(), 'mam-guest-copy-'));
      try {
        const made = join(folder, 'proxy.mp4');
        await makeWatermarkedProxy(storage.localPath(mark.proxyKey), made, mark.text, {
          signal: context.signal,
          onProgress: (fraction) => context.progress(fraction),
        });
        await storage.importFile(mark.outputKey, made);
        logger.info({ jobId: job.id, versionId: mark.versionId }, 'guest copy watermarked');
        return { key: mark.outputKey };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    classify: (error) => (error instanceof NoStorage || isMediaError(error) ? 'permanent' : 'retry'),
  };
}
