import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Properties WebDAV clients set on drive entries (RFC 4918 dead properties), kept in the database
 * so every gateway instance answers alike: per master, proxy or collection, by namespace and name,
 * the value as the XML the client sent.
 */
export class CreateDriveProperties1764400000710 implements MigrationInterface {
  name = 'CreateDriveProperties1764400000710';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE drive_properties (
        workspace_id text NOT NULL,
        target text NOT NULL,
        namespace text NOT NULL,
        name text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (workspace_id, target, namespace, name)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE drive_properties');
  }
}
