import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access control: workspaces, their members (with a role), groups, grants (on the whole
 * workspace, a collection or an asset, to a member, a group or every member) and each asset's
 * effective access list, which search filters on and other services receive as events.
 * Existing data keeps its behaviour: every member may edit every asset (a workspace-wide grant),
 * creators own what they created.
 */
export class CreateAccessControl1764400000400 implements MigrationInterface {
  name = 'CreateAccessControl1764400000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE workspaces (id text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`);
    await runner.query(`
      CREATE TABLE workspace_members (
        workspace_id text NOT NULL REFERENCES workspaces(id),
        subject text NOT NULL,
        kind text NOT NULL,
        role text NOT NULL,
        role_source text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, subject)
      )`);
    await runner.query(`
      CREATE TABLE access_groups (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id),
        name text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE UNIQUE INDEX access_groups_name ON access_groups (workspace_id, lower(name))');
    await runner.query(`
      CREATE TABLE access_group_members (
        group_id uuid NOT NULL REFERENCES access_groups(id) ON DELETE CASCADE,
        subject text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, subject)
      )`);
    await runner.query('CREATE INDEX access_group_members_subject ON access_group_members (subject)');
    await runner.query(`
      CREATE TABLE access_grants (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        target text NOT NULL,
        asset_id uuid REFERENCES assets(id) ON DELETE CASCADE,
        collection_id uuid REFERENCES collections(id) ON DELETE CASCADE,
        principal text NOT NULL,
        role text NOT NULL,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        UNIQUE (workspace_id, target, principal)
      )`);
    await runner.query('CREATE INDEX access_grants_asset ON access_grants (asset_id) WHERE asset_id IS NOT NULL');
    await runner.query(
      'CREATE INDEX access_grants_collection ON access_grants (collection_id) WHERE collection_id IS NOT NULL',
    );
    await runner.query(`
      CREATE TABLE asset_acl (
        asset_id uuid NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        principal text NOT NULL,
        role text NOT NULL,
        PRIMARY KEY (asset_id, principal)
      )`);
    await runner.query('CREATE INDEX asset_acl_principal ON asset_acl (principal, asset_id)');
    await runner.query('ALTER TABLE assets ADD COLUMN access_revision bigint NOT NULL DEFAULT 0');
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN readers text[] NOT NULL DEFAULT '{}', ADD COLUMN collection_ids text[] NOT NULL DEFAULT '{}'`,
    );
    await runner.query('CREATE INDEX asset_search_readers ON asset_search USING gin (readers)');
    await runner.query('CREATE INDEX asset_search_collections ON asset_search USING gin (collection_ids)');

    // What already exists keeps working as before.
    await runner.query(`
      INSERT INTO workspaces (id)
      SELECT workspace_id FROM assets UNION SELECT workspace_id FROM collections UNION SELECT workspace_id FROM api_keys
      ON CONFLICT DO NOTHING`);
    await runner.query(`
      INSERT INTO access_grants (id, workspace_id, target, principal, role, granted_by, granted_at)
      SELECT gen_random_uuid(), id, 'workspace', 'members', 'editor', 'system', now() FROM workspaces`);
    await runner.query(`
      INSERT INTO access_grants (id, workspace_id, target, asset_id, principal, role, granted_by, granted_at)
      SELECT gen_random_uuid(), workspace_id, 'asset:' || id, id, 'subject:' || created_by, 'editor', created_by, created_at FROM assets`);
    await runner.query(`
      INSERT INTO access_grants (id, workspace_id, target, collection_id, principal, role, granted_by, granted_at)
      SELECT gen_random_uuid(), workspace_id, 'collection:' || id, id, 'subject:' || created_by, 'editor', created_by, created_at FROM collections`);
    await runner.query(`
      WITH RECURSIVE holders AS (
        SELECT ca.asset_id, c.id AS collection_id, c.parent_id FROM collection_assets ca JOIN collections c ON c.id = ca.collection_id
        UNION
        SELECT h.asset_id, p.id, p.parent_id FROM holders h JOIN collections p ON p.id = h.parent_id
      ), applicable AS (
        SELECT h.asset_id, g.principal, g.role FROM holders h JOIN access_grants g ON g.collection_id = h.collection_id
        UNION ALL
        SELECT g.asset_id, g.principal, g.role FROM access_grants g WHERE g.asset_id IS NOT NULL
      )
      INSERT INTO asset_acl (asset_id, principal, role)
      SELECT asset_id, principal, (ARRAY['viewer', 'reviewer', 'editor', 'admin'])[max(array_position(ARRAY['viewer', 'reviewer', 'editor', 'admin'], role))]
      FROM applicable GROUP BY asset_id, principal`);
    await runner.query('UPDATE assets SET access_revision = 1');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_search DROP COLUMN readers, DROP COLUMN collection_ids');
    await runner.query('ALTER TABLE assets DROP COLUMN access_revision');
    for (const table of [
      'asset_acl',
      'access_grants',
      'access_group_members',
      'access_groups',
      'workspace_members',
      'workspaces',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
