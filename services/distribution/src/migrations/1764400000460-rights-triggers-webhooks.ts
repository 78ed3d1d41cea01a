import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What distribution keeps of each asset from assets' events (its metadata, rights included, and its
 * collections), a territory and channel per destination, rules on more triggers, webhook
 * destinations, and deliveries refused for the asset's rights.
 */
export class RightsTriggersWebhooks1764400000460 implements MigrationInterface {
  name = 'RightsTriggersWebhooks1764400000460';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_descriptions (
        asset_id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        revision bigint NOT NULL DEFAULT 0,
        metadata jsonb NOT NULL DEFAULT '{}',
        collection_ids uuid[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('ALTER TABLE delivery_destinations ADD COLUMN territory text, ADD COLUMN channel text');
    await runner.query(`ALTER TABLE delivery_destinations DROP CONSTRAINT delivery_destinations_kind_check,
      ADD CONSTRAINT delivery_destinations_kind_check CHECK (kind IN ('folder', 'sftp', 's3', 'webhook'))`);
    await runner.query(`ALTER TABLE delivery_rules DROP CONSTRAINT delivery_rules_trigger_check,
      ADD CONSTRAINT delivery_rules_trigger_check CHECK (trigger IN ('version.approved', 'collection.added', 'metadata.set'))`);
    // { collectionId } for collection.added, { field, value } for metadata.set.
    await runner.query('ALTER TABLE delivery_rules ADD COLUMN condition jsonb');
    await runner.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check,
      ADD CONSTRAINT deliveries_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'DELIVERED', 'FAILED', 'CANCELLED', 'REFUSED'))`);
    await runner.query(`ALTER TABLE delivery_outputs DROP CONSTRAINT delivery_outputs_status_check,
      ADD CONSTRAINT delivery_outputs_status_check CHECK (status IN ('QUEUED', 'ENCODING', 'VERIFIED', 'DELIVERING', 'DELIVERED', 'FAILED', 'CANCELLED', 'REFUSED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM delivery_outputs WHERE status = 'REFUSED'`);
    await runner.query(`DELETE FROM deliveries WHERE status = 'REFUSED'`);
    await runner.query(`ALTER TABLE delivery_outputs DROP CONSTRAINT delivery_outputs_status_check,
      ADD CONSTRAINT delivery_outputs_status_check CHECK (status IN ('QUEUED', 'ENCODING', 'VERIFIED', 'DELIVERING', 'DELIVERED', 'FAILED', 'CANCELLED'))`);
    await runner.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check,
      ADD CONSTRAINT deliveries_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'DELIVERED', 'FAILED', 'CANCELLED'))`);
    await runner.query(`DELETE FROM delivery_rules WHERE trigger <> 'version.approved'`);
    await runner.query('ALTER TABLE delivery_rules DROP COLUMN condition');
    await runner.query(`ALTER TABLE delivery_rules DROP CONSTRAINT delivery_rules_trigger_check,
      ADD CONSTRAINT delivery_rules_trigger_check CHECK (trigger IN ('version.approved'))`);
    await runner.query(`DELETE FROM delivery_destinations WHERE kind = 'webhook'`);
    await runner.query(`ALTER TABLE delivery_destinations DROP CONSTRAINT delivery_destinations_kind_check,
      ADD CONSTRAINT delivery_destinations_kind_check CHECK (kind IN ('folder', 'sftp', 's3'))`);
    await runner.query('ALTER TABLE delivery_destinations DROP COLUMN territory, DROP COLUMN channel');
    await runner.query('DROP TABLE asset_descriptions');
  }
}
