import { copyFile, link, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import type { Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import type { Part } from '@mam/runtime';
import type { IngestConfig } from '../config';
import { beginUpload } from '../domain/begin-upload';
import { receiveUpload } from '../domain/receive-upload';

/**
 * Ingests files dropped into WATCH_DIR once their size and modification time have stopped
 * changing for WATCH_STABLE_SECONDS. A file is claimed by renaming it into `.processing/` (only one
 * instance wins), handed to the pipeline through a hard link (no copy), and then moved to `done/`,
 * or to `failed/` with a `.reason.txt` beside it when it could not be accepted.
 */
export function createWatchFolder(options: {
  dataSource: DataSource;
  config: IngestConfig;
  logger: Logger;
  pollMs?: number;
}): Part {
  const { config, logger } = options;
  const dir = config.WATCH_DIR;
  const seen = new Map<string, { size: number; mtimeMs: number; stableSince: number }>();
  const identity: Identity = {
    subject: 'watch-folder',
    workspaceId: config.WATCH_WORKSPACE,
    roles: ['editor'],
    kind: 'system',
  };
  let timer: NodeJS.Timeout | undefined;
  let scanning = false;

  async function ingest(name: string): Promise<void> {
    const processing = join(dir, '.processing', name);
    try {
      await rename(join(dir, name), processing);
    } catch {
      return; // another instance claimed it
    }
    const uploadId = uuidv7();
    try {
      if (!config.WATCH_WORKSPACE) throw new Error('WATCH_WORKSPACE is not set: no workspace to file the upload under');
      await beginUpload(options.dataSource, identity, 'watch-folder', uploadId, { filename: name });
      const uploadPath = join(config.UPLOAD_DIR, uploadId);
      await link(processing, uploadPath).catch(() => copyFile(processing, uploadPath));
      await receiveUpload(options.dataSource, uploadId, (await stat(uploadPath)).size);
      await rename(processing, join(dir, 'done', name));
      logger.info({ file: name, uploadId }, 'watch folder file ingested');
    } catch (error) {
      await rename(processing, join(dir, 'failed', name)).catch(() => undefined);
      await writeFile(join(dir, 'failed', `${name}.reason.txt`), `${(error as Error).message}\n`).catch(
        () => undefined,
      );
      logger.warn({ err: error, file: name }, 'watch folder file refused');
    }
  }

  async function scan(): Promise<void> {
    if (scanning) return;
    scanning = true;
    try {
      const now = Date.now();
      const entries = await readdir(dir, { withFileTypes: true });
      const present = new Set<string>();
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue;
        present.add(entry.name);
        const info = await stat(join(dir, entry.name)).catch(() => undefined);
        if (!info) continue;
        const previous = seen.get(entry.name);
        if (!previous || previous.size !== info.size || previous.mtimeMs !== info.mtimeMs) {
          seen.set(entry.name, { size: info.size, mtimeMs: info.mtimeMs, stableSince: now });
        } else if (now - previous.stableSince >= config.WATCH_STABLE_SECONDS * 1000) {
          seen.delete(entry.name);
          await ingest(entry.name);
        }
      }
      for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
    } finally {
      scanning = false;
    }
  }

  return {
    async start() {
      for (const sub of ['.processing', 'done', 'failed']) await mkdir(join(dir, sub), { recursive: true });
      timer = setInterval(
        () => void scan().catch((error) => logger.warn({ err: error }, 'watch folder scan failed')),
        options.pollMs ?? 1000,
      );
    },
    async stop() {
      if (timer) clearInterval(timer);
    },
  };
}
