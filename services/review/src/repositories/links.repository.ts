import type { Queryable } from './queryable';

export type LinkScope = 'REVIEW' | 'ASSET' | 'VERSION' | 'COLLECTION';
export type LinkPermission = 'VIEW' | 'COMMENT' | 'APPROVE' | 'DOWNLOAD_PROXY' | 'DOWNLOAD_MASTER';

export interface ShareLinkRow {
  id: string;
  workspaceId: string;
  tokenHash: string;
  scope: LinkScope;
  reviewId: string | null;
  assetId: string | null;
  versionId: string | null;
  collectionId: string | null;
  latestOnly: boolean;
  permissions: LinkPermission[];
  passwordHash: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export interface GuestSessionRow {
  linkId: string;
  name: string;
  email: string;
  address: string;
  userAgent: string;
  expiresAt: Date;
}

const LINK = `id::text, workspace_id AS "workspaceId", token_hash AS "tokenHash", scope, review_id::text AS "reviewId", asset_id::text AS "assetId",
  version_id::text AS "versionId", collection_id::text AS "collectionId", latest_only AS "latestOnly", permissions, password_hash AS "passwordHash",
  expires_at AS "expiresAt", revoked_at AS "revokedAt", created_by AS "createdBy", created_at AS "createdAt"`;

/** The only place that reads and writes share links, guest sessions and failed link attempts. */
export const linksRepository = {
  async insert(db: Queryable, link: Omit<ShareLinkRow, 'createdAt' | 'revokedAt'>): Promise<ShareLinkRow> {
    const [row]: ShareLinkRow[] = await db.query(
      `INSERT INTO share_links (id, workspace_id, token_hash, scope, review_id, asset_id, version_id, collection_id, latest_only, permissions, password_hash, expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${LINK}`,
      [
        link.id,
        link.workspaceId,
        link.tokenHash,
        link.scope,
        link.reviewId,
        link.assetId,
        link.versionId,
        link.collectionId,
        link.latestOnly,
        link.permissions,
        link.passwordHash,
        link.expiresAt,
        link.createdBy,
      ],
    );
    return row;
  },

  async find(db: Queryable, id: string): Promise<ShareLinkRow | null> {
    const [row]: ShareLinkRow[] = await db.query(`SELECT ${LINK} FROM share_links WHERE id = $1`, [id]);
    return row ?? null;
  },

  async findByTokenHash(db: Queryable, tokenHash: string): Promise<ShareLinkRow | null> {
    const [row]: ShareLinkRow[] = await db.query(`SELECT ${LINK} FROM share_links WHERE token_hash = $1`, [tokenHash]);
    return row ?? null;
  },

  /** The workspace's links, newest first; only those one person made when `createdBy` is given. */
  async listForWorkspace(db: Queryable, workspaceId: string, createdBy: string | null): Promise<ShareLinkRow[]> {
    return db.query(
      `SELECT ${LINK} FROM share_links WHERE workspace_id = $1 AND ($2::text IS NULL OR created_by = $2) ORDER BY created_at DESC LIMIT 500`,
      [workspaceId, createdBy],
    );
  },

  async revoke(db: Queryable, id: string): Promise<ShareLinkRow> {
    const [[row]]: [ShareLinkRow[]] = await db.query(
      `UPDATE share_links SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING ${LINK}`,
      [id],
    );
    return row;
  },

  async insertSession(db: Queryable, tokenHash: string, session: GuestSessionRow): Promise<void> {
    await db.query(
      'INSERT INTO guest_sessions (token_hash, link_id, name, email, address, user_agent, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [tokenHash, session.linkId, session.name, session.email, session.address, session.userAgent, session.expiresAt],
    );
  },

  /** A live session of a link that is neither revoked nor expired. */
  async liveSession(db: Queryable, tokenHash: string): Promise<(GuestSessionRow & { workspaceId: string }) | null> {
    const [row]: (GuestSessionRow & { workspaceId: string })[] = await db.query(
      `SELECT s.link_id::text AS "linkId", s.name, s.email, s.address, s.user_agent AS "userAgent", s.expires_at AS "expiresAt", l.workspace_id AS "workspaceId"
       FROM guest_sessions s JOIN share_links l ON l.id = s.link_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > now())`,
      [tokenHash],
    );
    return row ?? null;
  },

  /** The latest session of a guest on a link: the name and address they gave. */
  async latestSession(db: Queryable, linkId: string, email: string): Promise<GuestSessionRow | null> {
    const [row]: GuestSessionRow[] = await db.query(
      `SELECT link_id::text AS "linkId", name, email, address, user_agent AS "userAgent", expires_at AS "expiresAt" FROM guest_sessions
       WHERE link_id = $1 AND email = $2 ORDER BY created_at DESC LIMIT 1`,
      [linkId, email],
    );
    return row ?? null;
  },

  /** Counts a failed attempt; attempts older than a day are forgotten on the way. */
  async recordFailedAttempt(db: Queryable, address: string): Promise<void> {
    await db.query('INSERT INTO link_attempts (address) VALUES ($1)', [address]);
    await db.query(`DELETE FROM link_attempts WHERE address = $1 AND at < now() - interval '1 day'`, [address]);
  },

  async failedAttemptsSince(db: Queryable, address: string, since: Date): Promise<number> {
    const [row]: { n: string }[] = await db.query(
      'SELECT count(*) AS n FROM link_attempts WHERE address = $1 AND at > $2',
      [address, since],
    );
    return Number(row.n);
  },
};
