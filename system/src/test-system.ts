import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as ElasticsearchClient } from '@elastic/elasticsearch';
import { databaseName, SERVICE_NAMES } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { issueUserToken } from '@mam/graphql';
import type { Role } from '@mam/graphql';
import { testInfrastructure, testSecret, uniqueName } from '@mam/testkit';
import { startSystem, type RunningSystem, type SystemOptions } from './start-system';

export interface TestSystem {
  system: RunningSystem;
  /** The run's unique name: database prefix, topic prefix and index alias. */
  name: string;
  /** A folder of this run's own for media it makes. */
  workDir: string;
  /** Signs identities for direct subgraph calls, as the gateway does. */
  gatewaySecret: string;
  /** A signed-in person's JWT, for `Authorization: Bearer <token>`. */
  token(subject: string, workspaceId: string, roles: Role[]): Promise<string>;
  /** Stops everything and removes the run's databases, search indexes and files. */
  stop(): Promise<void>;
}

/**
 * Connections each service of a test system may hold. Test systems of several test files share one
 * PostgreSQL server (100 connections by default): with the services' production pools (10 each,
 * beside their listeners) two or three systems fill it, and a query that cannot get a connection is
 * answered UNAVAILABLE (HTTP 503) to whatever asked. Queries beyond the pool wait for a connection.
 */
const TEST_DATABASE_POOL_SIZE = 4;

/**
 * The whole system on the real infrastructure, isolated for one test file: its own databases,
 * Kafka topic prefix, search index and data folder.
 */
export async function startTestSystem(label: string, overrides: Partial<SystemOptions> = {}): Promise<TestSystem> {
  const infra = {
    ...testInfrastructure(),
    ...(overrides.databaseUrlBase ? { databaseUrlBase: overrides.databaseUrlBase } : {}),
  };
  const name = uniqueName(label);
  const jwtSecret = overrides.jwtSecret ?? testSecret();
  const gatewaySecret = overrides.gatewaySecret ?? testSecret();
  const workDir = mkdtempSync(join(tmpdir(), `mam-${label}-`));
  /** Removes the run's databases, search indexes and files. */
  const remove = async () => {
    for (const service of SERVICE_NAMES) await dropDatabase(`${infra.databaseUrlBase}/${databaseName(name, service)}`);
    const es = new ElasticsearchClient({ node: infra.elasticsearchUrl });
    await es.indices.delete({ index: `${name}-*` }).catch(() => undefined);
    await es.close();
    rmSync(workDir, { recursive: true, force: true });
  };
  const starting = startSystem({
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: name,
    databasePoolSize: TEST_DATABASE_POOL_SIZE,
    kafkaBrokers: infra.kafkaBrokers,
    topicPrefix: `${name}.`,
    elasticsearchUrl: infra.elasticsearchUrl,
    searchIndex: name,
    gatewaySecret,
    jwtSecret,
    mediaSecret: testSecret(),
    destinationSecret: testSecret(),
    dataDir: join(workDir, 'data'),
    port: 0,
    logLevel: process.env.MAM_TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
    // Enrichment (speech, text, objects, faces) only where a test asks for it: elsewhere it would add
    // seconds of engine work to every upload of every test file on a shared machine.
    ingest: { ENRICHMENT: 'false', ...overrides.ingest },
  });
  // A system that failed to start (its parts are stopped by startSystem) leaves nothing behind either.
  const system = await starting.catch(async (error: unknown) => {
    await remove().catch(() => undefined);
    throw error;
  });
  return {
    system,
    name,
    workDir,
    gatewaySecret,
    token: (subject, workspaceId, roles) => issueUserToken(jwtSecret, { subject, workspaceId, roles }),
    async stop() {
      try {
        await system.stop();
      } finally {
        await remove();
      }
    },
  };
}
