import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews with their assets and named reviewers, decisions per reviewer and version (never
 * overwritten: a later one supersedes), comments bound to one version with their earlier texts,
 * share links and guest sessions (tokens only as SHA-256 hashes), collection membership learnt
 * from assets, and the audit trail made append-only by a trigger.
 */
export class CreateReviews1764400000320 implements MigrationInterface {
  name = 'CreateReviews1764400000320';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE version_reviews DROP CONSTRAINT version_reviews_status_check`);
    await runner.query(
      `ALTER TABLE version_reviews ADD CONSTRAINT version_reviews_status_check CHECK (status IN ('PENDING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED'))`,
    );
    await runner.query(`
      CREATE TABLE asset_collections (
        asset_id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        collection_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await runner.query('CREATE INDEX asset_collections_ids ON asset_collections USING gin (collection_ids)');
    await runner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        title text NOT NULL,
        collection_id uuid,
        policy text NOT NULL CHECK (policy IN ('ALL', 'ANY', 'QUORUM')),
        quorum integer CHECK (quorum IS NULL OR quorum > 0),
        due_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX reviews_workspace ON reviews (workspace_id, created_at DESC)');
    await runner.query(`
      CREATE TABLE review_assets (
        review_id uuid NOT NULL REFERENCES reviews(id),
        asset_id uuid NOT NULL,
        PRIMARY KEY (review_id, asset_id)
      )`);
    await runner.query('CREATE INDEX review_assets_asset ON review_assets (asset_id)');
    await runner.query(`
      CREATE TABLE review_reviewers (
        review_id uuid NOT NULL REFERENCES reviews(id),
        reviewer text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MEMBER', 'GUEST')),
        PRIMARY KEY (review_id, reviewer)
      )`);
    await runner.query(`
      CREATE TABLE review_decisions (
        id bigserial PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES reviews(id),
        version_id uuid NOT NULL,
        asset_id uuid NOT NULL,
        reviewer text NOT NULL,
        decided_by text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED')),
        note text NOT NULL DEFAULT '',
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX review_decisions_version ON review_decisions (review_id, version_id, reviewer, id)',
    );
    await runner.query(`
      CREATE TABLE review_comments (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL,
        review_id uuid REFERENCES reviews(id),
        parent_id uuid REFERENCES review_comments(id),
        author text NOT NULL,
        author_name text NOT NULL,
        author_kind text NOT NULL CHECK (author_kind IN ('MEMBER', 'GUEST')),
        body text NOT NULL,
        frame_in integer,
        frame_out integer,
        internal boolean NOT NULL DEFAULT false,
        annotations jsonb NOT NULL DEFAULT '[]',
        carried_from uuid REFERENCES review_comments(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        resolved_at timestamptz,
        resolved_by text,
        deleted_at timestamptz,
        CHECK (frame_in IS NULL OR (frame_in >= 0 AND frame_out >= frame_in))
      )`);
    await runner.query('CREATE INDEX review_comments_version ON review_comments (version_id, created_at)');
    await runner.query(`
      CREATE TABLE review_comment_revisions (
        id bigserial PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES review_comments(id),
        body text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE share_links (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        scope text NOT NULL CHECK (scope IN ('REVIEW', 'ASSET', 'VERSION', 'COLLECTION')),
        review_id uuid REFERENCES reviews(id),
        asset_id uuid,
        version_id uuid,
        collection_id uuid,
        latest_only boolean NOT NULL,
        permissions text[] NOT NULL,
        password_hash text,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE guest_sessions (
        token_hash text PRIMARY KEY,
        link_id uuid NOT NULL REFERENCES share_links(id),
        name text NOT NULL,
        email text NOT NULL,
        address text NOT NULL,
        user_agent text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE link_attempts (
        id bigserial PRIMARY KEY,
        address text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX link_attempts_address ON link_attempts (address, at)');
    await runner.query(
      'ALTER TABLE review_audit ALTER COLUMN asset_id DROP NOT NULL, DROP CONSTRAINT review_audit_asset_id_fkey',
    );
    await runner.query(`
      ALTER TABLE review_audit
        ADD COLUMN workspace_id text,
        ADD COLUMN review_id uuid,
        ADD COLUMN version_id uuid,
        ADD COLUMN comment_id uuid,
        ADD COLUMN link_id uuid,
        ADD COLUMN actor_kind text NOT NULL DEFAULT 'SYSTEM',
        ADD COLUMN actor_name text,
        ADD COLUMN address text,
        ADD COLUMN user_agent text,
        ADD COLUMN details jsonb NOT NULL DEFAULT '{}'`);
    await runner.query('CREATE INDEX review_audit_workspace ON review_audit (workspace_id, id)');
    await runner.query(`
      CREATE FUNCTION review_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_audit is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(
      'CREATE TRIGGER review_audit_append_only BEFORE UPDATE OR DELETE ON review_audit FOR EACH ROW EXECUTE FUNCTION review_audit_is_append_only()',
    );
    await runner.query(
      'CREATE TRIGGER review_audit_no_truncate BEFORE TRUNCATE ON review_audit FOR EACH STATEMENT EXECUTE FUNCTION review_audit_is_append_only()',
    );
  }

  async down(): Promise<void> {
    throw new Error('The review audit trail is append-only: this migration is not reverted');
  }
}
