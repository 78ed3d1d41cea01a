import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox, inbox and dead-letter tables every service keeps in its own database. */
export class CreateEventTables1764400000000 implements MigrationInterface {
  name = 'CreateEventTables1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        value bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await runner.query(`CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`);
    await runner.query(`
      CREATE TABLE inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    await runner.query(`
      CREATE TABLE dead_letters (
        id bigserial PRIMARY KEY,
        consumer_group text NOT NULL,
        topic text NOT NULL,
        key text NOT NULL,
        value bytea NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE dead_letters');
    await runner.query('DROP TABLE inbox');
    await runner.query('DROP TABLE outbox');
  }
}
