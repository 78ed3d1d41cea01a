/**
 * The whole system in its own process for the load benchmark: prints one JSON line with its URLs,
 * runs until SIGTERM, then stops and drops its databases. Events go in-process, search through PostgreSQL.
 */
import { databaseName, SERVICE_NAMES } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { onStopSignal } from '@mam/runtime';
import { startSystem } from '@mam/system';
import { testInfrastructure } from '@mam/testkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function main() {
  const infra = testInfrastructure();
  const prefix = `bench_load_${Date.now().toString(36)}`;
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-load-'));
  const system = await startSystem({
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: prefix,
    kafkaBrokers: [],
    gatewaySecret: process.env.BENCH_GATEWAY_SECRET!,
    jwtSecret: process.env.BENCH_JWT_SECRET!,
    mediaSecret: process.env.BENCH_GATEWAY_SECRET!,
    dataDir: join(dir, 'data'),
    port: 0,
    logLevel: 'warn',
    // The benchmark measures throughput: one credential's 50 clients are not to be refused.
    gateway: { MAX_CONCURRENT_PER_WORKSPACE: '0', MAX_CONCURRENT_PER_CREDENTIAL: '0', RATE_LIMIT_PER_SECOND: '0' },
  });
  process.stdout.write(`${JSON.stringify({ gatewayUrl: system.gatewayUrl, assetsUrl: system.services.assets.url })}\n`);
  onStopSignal(async () => {
    await system.stop();
    for (const service of SERVICE_NAMES)
      await dropDatabase(`${infra.databaseUrlBase}/${databaseName(prefix, service)}`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }, ['SIGTERM']);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
