import type { Queryable } from './queryable';

export interface AuditEntry {
  id: string;
  workspaceId: string | null;
  assetId: string | null;
  reviewId: string | null;
  versionId: string | null;
  commentId: string | null;
  linkId: string | null;
  action: string;
  actor: string;
  actorKind: string;
  actorName: string | null;
  address: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  at: Date;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { eventId?: string | null };

export interface AuditFilter {
  workspaceId: string;
  reviewId?: string | null;
  assetId?: string | null;
  versionId?: string | null;
  actor?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Entries after this id (paging forward). */
  afterId?: string | null;
  limit: number;
}

const ENTRY = `id::text, workspace_id AS "workspaceId", asset_id::text AS "assetId", review_id::text AS "reviewId", version_id::text AS "versionId",
  comment_id::text AS "commentId", link_id::text AS "linkId", action, actor, actor_kind AS "actorKind", actor_name AS "actorName", address,
  user_agent AS "userAgent", details, at`;

/** The only place that writes (appends) and reads the audit trail; a trigger refuses any UPDATE or DELETE of its rows. */
export const auditRepository = {
  async append(db: Queryable, entry: NewAuditEntry): Promise<void> {
    await db.query(
      `INSERT INTO review_audit (workspace_id, asset_id, review_id, version_id, comment_id, link_id, event_id, action, actor, actor_kind, actor_name, address, user_agent, details, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())`,
      [
        entry.workspaceId,
        entry.assetId,
        entry.reviewId,
        entry.versionId,
        entry.commentId,
        entry.linkId,
        entry.eventId ?? null,
        entry.action,
        entry.actor,
        entry.actorKind,
        entry.actorName,
        entry.address,
        entry.userAgent,
        JSON.stringify(entry.details),
      ],
    );
  },

  /** Entries oldest first, narrowed by every filter given. */
  async find(db: Queryable, filter: AuditFilter): Promise<AuditEntry[]> {
    return db.query(
      `SELECT ${ENTRY} FROM review_audit WHERE workspace_id = $1
         AND ($2::uuid IS NULL OR review_id = $2) AND ($3::uuid IS NULL OR asset_id = $3) AND ($4::uuid IS NULL OR version_id = $4)
         AND ($5::text IS NULL OR actor = $5) AND ($6::text IS NULL OR action = $6)
         AND ($7::timestamptz IS NULL OR at >= $7) AND ($8::timestamptz IS NULL OR at < $8) AND ($9::bigint IS NULL OR id > $9)
       ORDER BY id LIMIT $10`,
      [
        filter.workspaceId,
        filter.reviewId ?? null,
        filter.assetId ?? null,
        filter.versionId ?? null,
        filter.actor ?? null,
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.afterId ?? null,
        filter.limit,
      ],
    );
  },

  async forAsset(db: Queryable, assetId: string): Promise<AuditEntry[]> {
    return db.query(`SELECT ${ENTRY} FROM review_audit WHERE asset_id = $1 ORDER BY id`, [assetId]);
  },
};
