import type { DataSource } from '@mam/db';
import type { Logger } from '@mam/logger';
import { isRefusedByStore } from './refused';
import type { IngestConfig } from '../../config';
import { sourceObjectsRepository } from '../../repositories/source-objects.repository';
import { storageSourcesRepository, type StorageSourceRow } from '../../repositories/storage-sources.repository';
import { ingestSourceFile } from './ingest-source-file';
import { openSource } from './open-source';

export interface ScanDeps {
  dataSource: DataSource;
  config: IngestConfig;
  logger: Logger;
  /** This instance's name on the leases it holds. */
  holder: string;
  leaseSeconds: number;
  signal: AbortSignal;
}

/**
 * Runs one claimed scan to its end, a page at a time: each page is recorded (new and changed files
 * queued for ingest, progress and the resume point written with the lease renewed) before the
 * next is listed, so memory holds one page and a restart resumes. Only a scan that listed
 * everything marks the files it did not see as missing; one that fails (credentials refused, the
 * store unreachable) says why and marks nothing.
 */
export async function scanSource(deps: ScanDeps, source: StorageSourceRow): Promise<void> {
  const { dataSource, logger } = deps;
  const scan = { id: source.id, scanId: source.scan_id!, holder: deps.holder };
  let reader: Awaited<ReturnType<typeof openSource>> | undefined;
  try {
    reader = await openSource(source, deps.config);
    for await (const page of reader.pages(source.scan_cursor, deps.config.SOURCE_SCAN_PAGE_SIZE)) {
      if (deps.signal.aborted) {
        await storageSourcesRepository.releaseLease(dataSource, source.id, deps.holder);
        return;
      }
      const listed = await sourceObjectsRepository.recordListed(dataSource, source.id, scan.scanId, page.files);
      let queued = 0;
      for (const file of listed.filter((each) => each.isNew || each.changed)) {
        try {
          await ingestSourceFile(deps, source, reader, file);
          queued += 1;
        } catch (error) {
          if (isRefusedByStore(error)) throw error;
          // This file only (its asset checked out, its bytes unreadable): the next scan tries it again.
          logger.warn({ err: error, source: source.id, path: file.path }, 'source file not taken in');
        }
      }
      const fresh = listed.filter((file) => !file.alreadySeen).length;
      const kept = await storageSourcesRepository.recordPage(
        dataSource,
        scan,
        { cursor: page.cursor, listed: fresh, queued },
        deps.leaseSeconds,
      );
      if (!kept) return; // another instance took the scan over
    }
    const missing = await sourceObjectsRepository.markUnseenMissing(dataSource, source.id, scan.scanId);
    await storageSourcesRepository.finishScan(dataSource, source.id, deps.holder, missing);
    logger.info({ source: source.id, missing }, 'source scanned');
  } catch (error) {
    const reason = (error as Error).message;
    await storageSourcesRepository.failScan(dataSource, source.id, deps.holder, reason);
    logger.warn({ err: error, source: source.id }, 'source scan failed');
  } finally {
    await reader?.close().catch(() => undefined);
  }
}

/**
 * Takes the lease of one source that needs scanning (asked for, due on its schedule, or left
 * unfinished) and scans it; false when none needs it.
 */
export async function scanNextSource(deps: ScanDeps, scanId: string): Promise<boolean> {
  const source = await storageSourcesRepository.claimDue(deps.dataSource, deps.holder, scanId, deps.leaseSeconds);
  if (!source) return false;
  await scanSource(deps, source);
  return true;
}
