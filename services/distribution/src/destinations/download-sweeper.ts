import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@mam/logger';
import type { Part } from '@mam/runtime';

/** Removes outputs staged for webhook endpoints once their download URLs have expired (checked every few minutes). */
export function downloadSweeper(options: { dir: string; ttlSeconds: number; logger: Logger }): Part {
  let timer: NodeJS.Timeout | undefined;
  async function sweep() {
    const oldest = Date.now() - options.ttlSeconds * 1000 * 1.25;
    for (const batch of await readdir(options.dir).catch(() => [] as string[])) {
      const path = join(options.dir, batch);
      const facts = await stat(path).catch(() => null);
      if (facts && facts.mtimeMs < oldest) await rm(path, { recursive: true, force: true });
    }
  }
  return {
    async start() {
      timer = setInterval(
        () => void sweep().catch((error) => options.logger.warn({ err: error }, 'expired downloads not removed')),
        Math.min(options.ttlSeconds * 1000, 5 * 60_000),
      );
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
    },
  };
}
