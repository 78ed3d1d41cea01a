import type { EntityManager } from 'typeorm';

/** Anything that runs SQL: the data source or a transaction's manager. */
export type Db = Pick<EntityManager, 'query'>;

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  last_workspace_id: string | null;
  last_sign_in_at: Date | null;
}

export interface MembershipRow {
  workspace_id: string;
  workspace_name: string | null;
  role: string;
}

export interface InviteRow {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
}

/** The member subject a local account has in every workspace it belongs to. */
export const accountSubject = (accountId: string) => `account:${accountId}`;

/** Rows an UPDATE … RETURNING gave back (TypeORM answers such a statement with `[rows, count]`). */
async function updated<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  const [rows]: [T[], number] = await db.query(sql, params);
  return rows;
}

const ACCOUNT_COLUMNS = 'id, email, name, password_hash, last_workspace_id, last_sign_in_at';

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.query(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE lower(email) = lower($1)`, [email]);
  return row;
}

export async function findAccount(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.query(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`, [id]);
  return row;
}

export async function countAccounts(db: Db): Promise<number> {
  const [row] = await db.query('SELECT count(*)::int AS n FROM accounts');
  return row.n;
}

export async function insertAccount(
  db: Db,
  account: { id: string; email: string; name: string; passwordHash: string | null },
): Promise<void> {
  await db.query('INSERT INTO accounts (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
    account.id,
    account.email,
    account.name,
    account.passwordHash,
  ]);
}

export async function updateAccountPassword(db: Db, id: string, passwordHash: string, name?: string): Promise<void> {
  await db.query('UPDATE accounts SET password_hash = $2, name = coalesce($3, name) WHERE id = $1', [
    id,
    passwordHash,
    name ?? null,
  ]);
}

export async function recordAccountSignIn(db: Db, id: string, workspaceId: string): Promise<void> {
  await db.query('UPDATE accounts SET last_sign_in_at = now(), last_workspace_id = $2 WHERE id = $1', [
    id,
    workspaceId,
  ]);
}

/** Workspaces where the account is an active member, its last used one first. */
export async function activeMemberships(db: Db, accountId: string): Promise<MembershipRow[]> {
  return db.query(
    `SELECT m.workspace_id, w.name AS workspace_name, m.role
     FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
     LEFT JOIN accounts a ON a.id = $1
     WHERE m.subject = $2 AND m.active
     ORDER BY (m.workspace_id = a.last_workspace_id) DESC NULLS LAST, coalesce(w.name, w.id), w.id`,
    [accountId, accountSubject(accountId)],
  );
}

/** Makes the account an active member of the workspace with the role (adding or bringing it back). */
export async function upsertAccountMember(db: Db, workspaceId: string, accountId: string, role: string): Promise<void> {
  await db.query(
    `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, 'user', $3, 'assigned')
     ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, role_source = 'assigned', active = true, updated_at = now()`,
    [workspaceId, accountSubject(accountId), role],
  );
}

export async function setWorkspaceNameIfUnset(db: Db, workspaceId: string, name: string): Promise<void> {
  await db.query('UPDATE workspaces SET name = $2 WHERE id = $1 AND name IS NULL', [workspaceId, name]);
}

// Sessions

export async function insertSession(
  db: Db,
  session: { id: string; tokenHash: string; accountId: string; workspaceId: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    'INSERT INTO account_sessions (id, token_hash, account_id, workspace_id, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [session.id, session.tokenHash, session.accountId, session.workspaceId, session.expiresAt],
  );
}

/** Forgets the account's sessions that ended or expired (they can never get in again). */
export async function pruneAccountSessions(db: Db, accountId: string): Promise<void> {
  await db.query(
    'DELETE FROM account_sessions WHERE account_id = $1 AND (ended_at IS NOT NULL OR expires_at <= now())',
    [accountId],
  );
}

/** A session that has neither ended nor expired. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; account_id: string; workspace_id: string } | undefined> {
  const [row] = await db.query(
    'SELECT id, account_id, workspace_id FROM account_sessions WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > now()',
    [tokenHash],
  );
  return row;
}

export async function endSessionByHash(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await updated(
    db,
    'UPDATE account_sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL RETURNING id',
    [tokenHash],
  );
  return rows.length > 0;
}

export async function endSessionById(db: Db, id: string): Promise<void> {
  await db.query('UPDATE account_sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [id]);
}

export async function endAccountSessions(db: Db, accountId: string): Promise<number> {
  const rows = await updated(
    db,
    'UPDATE account_sessions SET ended_at = now() WHERE account_id = $1 AND ended_at IS NULL RETURNING id',
    [accountId],
  );
  return rows.length;
}

/** Ends the sessions a member subject holds in one workspace (removed members). */
export async function endWorkspaceSessionsOfSubject(db: Db, workspaceId: string, subject: string): Promise<void> {
  if (!subject.startsWith('account:')) return;
  await db.query(
    `UPDATE account_sessions SET ended_at = now() WHERE workspace_id = $1 AND account_id::text = $2 AND ended_at IS NULL`,
    [workspaceId, subject.slice('account:'.length)],
  );
}

export async function moveSession(db: Db, id: string, workspaceId: string): Promise<void> {
  await db.query('UPDATE account_sessions SET workspace_id = $2 WHERE id = $1', [id, workspaceId]);
}

// Invites

export async function insertInvite(
  db: Db,
  invite: {
    id: string;
    workspaceId: string;
    email: string;
    role: string;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
): Promise<InviteRow> {
  const [row] = await db.query(
    `INSERT INTO account_invites (id, workspace_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, workspace_id, email, role, invited_by, created_at, expires_at`,
    [invite.id, invite.workspaceId, invite.email, invite.role, invite.tokenHash, invite.invitedBy, invite.expiresAt],
  );
  return row;
}

/** Invites of a workspace nobody has accepted or revoked yet (expired ones too, until revoked). */
export async function openInvites(db: Db, workspaceId: string): Promise<InviteRow[]> {
  return db.query(
    `SELECT id, workspace_id, email, role, invited_by, created_at, expires_at FROM account_invites
     WHERE workspace_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at`,
    [workspaceId],
  );
}

export async function revokeOpenInvite(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await updated(
    db,
    'UPDATE account_invites SET revoked_at = now() WHERE id = $1 AND workspace_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id',
    [id, workspaceId],
  );
  return rows.length > 0;
}

/** Marks a live invite accepted and returns it; undefined when it is unknown, expired, revoked or already used. */
export async function takeInvite(db: Db, tokenHash: string): Promise<InviteRow | undefined> {
  const [row] = await updated<InviteRow>(
    db,
    `UPDATE account_invites SET accepted_at = now()
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
     RETURNING id, workspace_id, email, role, invited_by, created_at, expires_at`,
    [tokenHash],
  );
  return row;
}

// One-time sign-in links

export async function insertSignInLink(
  db: Db,
  link: { id: string; accountId: string; workspaceId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.query('UPDATE sign_in_links SET used_at = now() WHERE account_id = $1 AND used_at IS NULL', [
    link.accountId,
  ]);
  await db.query(
    'INSERT INTO sign_in_links (id, account_id, workspace_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [link.id, link.accountId, link.workspaceId, link.tokenHash, link.expiresAt],
  );
}

/** Uses a live link once; undefined when it is unknown, expired or already used. */
export async function takeSignInLink(
  db: Db,
  tokenHash: string,
): Promise<{ account_id: string; workspace_id: string } | undefined> {
  const [row] = await updated<{ account_id: string; workspace_id: string }>(
    db,
    'UPDATE sign_in_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING account_id, workspace_id',
    [tokenHash],
  );
  return row;
}

// Sign-in attempt counters

/**
 * Counts one attempt against each key, atomically, in a window that starts with its first
 * attempt; returns each key's count in its window and the seconds left of that window.
 */
export async function countAttempt(
  db: Db,
  keys: string[],
  windowSeconds: number,
): Promise<{ key: string; attempts: number; secondsLeft: number }[]> {
  const counted: { key: string; attempts: number; secondsLeft: number }[] = [];
  for (const key of keys) {
    const [row] = await db.query(
      `INSERT INTO sign_in_failures (key, window_started_at, failures) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN sign_in_failures.window_started_at + make_interval(secs => $2) > now() THEN sign_in_failures.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN sign_in_failures.window_started_at + make_interval(secs => $2) > now() THEN sign_in_failures.window_started_at ELSE now() END
       RETURNING failures AS attempts, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS "secondsLeft"`,
      [key, windowSeconds],
    );
    counted.push({ key, attempts: row.attempts, secondsLeft: row.secondsLeft });
  }
  return counted;
}

/** Forgets up to 100 counters whose window has passed (they count nothing any more). */
export async function pruneAttempts(db: Db, windowSeconds: number): Promise<void> {
  await db.query(
    `DELETE FROM sign_in_failures WHERE key IN (SELECT key FROM sign_in_failures WHERE window_started_at < now() - make_interval(secs => $1) LIMIT 100)`,
    [windowSeconds],
  );
}

/** Takes back one counted attempt (a sign-in that succeeded is no failure). */
export async function uncountAttempt(db: Db, key: string): Promise<void> {
  await db.query('UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE key = $1', [key]);
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
}

/** Makes concurrent first runs wait for each other (the first one creates the admin). */
export async function lockAccountsTable(db: Db): Promise<void> {
  await db.query('LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE');
}

/** The workspace where the account is admin the longest, if any. */
export async function firstAdminWorkspace(db: Db, accountId: string): Promise<string | undefined> {
  const [membership]: { workspace_id: string }[] = await db.query(
    `SELECT workspace_id FROM workspace_members WHERE subject = $1 AND active AND role = 'admin' ORDER BY created_at LIMIT 1`,
    [accountSubject(accountId)],
  );
  return membership?.workspace_id;
}
