import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Profiles, destinations, rules, and deliveries with one row per output. */
export class CreateDeliveries1764400000420 implements MigrationInterface {
  name = 'CreateDeliveries1764400000420';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE delivery_profiles (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        spec jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
    await runner.query(`
      CREATE TABLE delivery_destinations (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('folder', 'sftp', 's3')),
        settings jsonb NOT NULL,
        sealed_secret text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
    await runner.query(`
      CREATE TABLE delivery_rules (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('version.approved')),
        profile_ids text[] NOT NULL,
        destination_ids uuid[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
    await runner.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL,
        rule_id uuid,
        requested_by text NOT NULL,
        profile_ids text[] NOT NULL,
        destination_ids uuid[] NOT NULL,
        signature text NOT NULL,
        job_id uuid,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DELIVERED', 'FAILED', 'CANCELLED')),
        reason text,
        master_loudness jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The same delivery (version, profiles, destinations) runs once at a time.
    await runner.query(
      `CREATE UNIQUE INDEX deliveries_one_running ON deliveries (version_id, signature) WHERE status IN ('QUEUED', 'RUNNING')`,
    );
    await runner.query('CREATE INDEX deliveries_by_asset ON deliveries (asset_id, created_at DESC)');
    await runner.query('CREATE INDEX deliveries_by_workspace ON deliveries (workspace_id, created_at DESC)');
    await runner.query(`
      CREATE TABLE delivery_outputs (
        delivery_id uuid NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        position int NOT NULL,
        profile_id text NOT NULL,
        profile_name text NOT NULL,
        spec jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'ENCODING', 'VERIFIED', 'DELIVERING', 'DELIVERED', 'FAILED', 'CANCELLED')),
        progress real NOT NULL DEFAULT 0,
        reason text,
        differences jsonb NOT NULL DEFAULT '[]',
        files jsonb NOT NULL DEFAULT '[]',
        loudness jsonb,
        loudness_plan jsonb,
        transfers jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delivery_id, profile_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'delivery_outputs',
      'deliveries',
      'delivery_rules',
      'delivery_destinations',
      'delivery_profiles',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
