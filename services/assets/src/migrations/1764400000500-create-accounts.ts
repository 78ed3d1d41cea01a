import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local accounts for people who sign in with an email address and a password: accounts
 * (argon2id password hashes), their sessions, invites to a workspace and one-time sign-in links
 * (each token stored only as its SHA-256 hash), and failed sign-in counters per account and per
 * address, shared by every gateway instance. Workspaces get a display name.
 */
export class CreateAccounts1764400000500 implements MigrationInterface {
  name = 'CreateAccounts1764400000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE workspaces ADD COLUMN name text');
    await runner.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL DEFAULT '',
        password_hash text,
        last_workspace_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz
      )`);
    await runner.query('CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))');
    await runner.query(`
      CREATE TABLE account_sessions (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        workspace_id text NOT NULL REFERENCES workspaces(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await runner.query('CREATE INDEX account_sessions_account ON account_sessions (account_id)');
    await runner.query(`
      CREATE TABLE account_invites (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'viewer')),
        token_hash text NOT NULL UNIQUE,
        invited_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);
    await runner.query('CREATE INDEX account_invites_workspace ON account_invites (workspace_id, created_at)');
    await runner.query(`
      CREATE TABLE sign_in_links (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        workspace_id text NOT NULL REFERENCES workspaces(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE sign_in_failures (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        failures integer NOT NULL
      )`);
    await runner.query('CREATE INDEX sign_in_failures_window ON sign_in_failures (window_started_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE sign_in_failures, sign_in_links, account_invites, account_sessions, accounts');
    await runner.query('ALTER TABLE workspaces DROP COLUMN name');
  }
}
