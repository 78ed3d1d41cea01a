import type { MigrationInterface, QueryRunner } from 'typeorm';

const NAME = /^[a-z][a-z0-9_]*$/;

/** A job table name, checked: it is written into SQL. */
export function jobTableName(table: string): string {
  if (!NAME.test(table))
    throw new Error(`job table name ${JSON.stringify(table)} must be lower-case letters, digits and underscores`);
  return table;
}

/** The statements that create a job table: one per service, in its own database. */
export function jobsTableStatements(table: string): string[] {
  const t = jobTableName(table);
  return [
    `CREATE TABLE ${t} (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      key text,
      status text NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed', 'skipped', 'cancelled')),
      progress real NOT NULL DEFAULT 0,
      attempts int NOT NULL DEFAULT 0,
      reason text,
      worker text,
      lease_expires_at timestamptz,
      payload jsonb NOT NULL DEFAULT '{}',
      output jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX ${t}_kind_key ON ${t} (kind, key)`,
    `CREATE INDEX ${t}_open ON ${t} (updated_at) WHERE status IN ('queued', 'running')`,
  ];
}

/**
 * A migration creating a service's job table, e.g.
 * `jobsMigration('transcode_jobs', 1764500000000)` in distribution's migration list.
 */
export function jobsMigration(table: string, timestamp: number): new () => MigrationInterface {
  const t = jobTableName(table);
  const name = `CreateJobs${t.replace(/(^|_)([a-z0-9])/g, (_m, _s, c: string) => c.toUpperCase())}${timestamp}`;
  return {
    [name]: class implements MigrationInterface {
      name = name;
      async up(runner: QueryRunner): Promise<void> {
        for (const statement of jobsTableStatements(t)) await runner.query(statement);
      }
      async down(runner: QueryRunner): Promise<void> {
        await runner.query(`DROP TABLE ${t}`);
      }
    },
  }[name];
}
