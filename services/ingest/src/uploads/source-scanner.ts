import { watch, type FSWatcher } from 'node:fs';
import { hostname } from 'node:os';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import type { Logger } from '@mam/logger';
import type { Part } from '@mam/runtime';
import type { IngestConfig } from '../config';
import { scanNextSource } from '../domain/sources/scan-source';
import { askForScan, watchedFolders } from '../domain/sources/watched-sources';

const LEASE_SECONDS = 60;
const WATCH_SETTLE_MS = 1000;

/**
 * Scans storage sources on this instance: every SOURCE_POLL_MS it takes any source that needs a
 * scan (asked for, due on its schedule, or left unfinished by a stopped instance: leases keep two
 * instances off one source) and scans it page by page. Local sources that asked to be watched get
 * a file watcher that asks for a scan once changes settle; other stores are scanned on schedule.
 */
export function createSourceScanner(options: { dataSource: DataSource; config: IngestConfig; logger: Logger }): Part {
  const { dataSource, config, logger } = options;
  const holder = `${hostname()}:${process.pid}:${uuidv7()}`;
  const abort = new AbortController();
  const watchers = new Map<string, FSWatcher>();
  const settling = new Map<string, NodeJS.Timeout>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function refreshWatchers(): Promise<void> {
    const folders = await watchedFolders(dataSource, config);
    for (const [id, watcher] of watchers)
      if (!folders.has(id)) {
        watcher.close();
        watchers.delete(id);
      }
    for (const [id, folder] of folders) {
      if (watchers.has(id)) continue;
      try {
        const watcher = watch(folder, { recursive: true }, () => {
          clearTimeout(settling.get(id));
          settling.set(
            id,
            setTimeout(() => {
              settling.delete(id);
              void askForScan(dataSource, id).catch((error) => logger.warn({ err: error }, 'scan request failed'));
            }, WATCH_SETTLE_MS),
          );
        });
        watcher.on('error', (error) => logger.warn({ err: error, source: id }, 'source watcher failed'));
        watchers.set(id, watcher);
      } catch (error) {
        logger.warn({ err: error, source: id, folder }, 'source folder cannot be watched');
      }
    }
  }

  async function tick(): Promise<void> {
    const deps = { dataSource, config, logger, holder, leaseSeconds: LEASE_SECONDS, signal: abort.signal };
    while (!abort.signal.aborted && (await scanNextSource(deps, uuidv7())));
    if (!abort.signal.aborted) await refreshWatchers();
  }

  return {
    async start() {
      timer = setInterval(() => {
        running ??= tick()
          .catch((error) => logger.warn({ err: error }, 'source scanning failed'))
          .finally(() => (running = undefined));
      }, config.SOURCE_POLL_MS);
    },
    async stop() {
      if (timer) clearInterval(timer);
      abort.abort();
      await running;
      for (const pending of settling.values()) clearTimeout(pending);
      for (const watcher of watchers.values()) watcher.close();
    },
  };
}
