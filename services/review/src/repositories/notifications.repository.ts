import type { Queryable } from './queryable';

export interface NotificationRow {
  id: string;
  workspaceId: string;
  recipient: string;
  kind: 'MENTION';
  assetId: string;
  versionId: string;
  commentId: string;
  actor: string;
  actorName: string;
  excerpt: string;
  createdAt: Date;
  readAt: Date | null;
}

const NOTIFICATION = `id::text, workspace_id AS "workspaceId", recipient, kind, asset_id::text AS "assetId", version_id::text AS "versionId", comment_id::text AS "commentId",
  actor, actor_name AS "actorName", excerpt, created_at AS "createdAt", read_at AS "readAt"`;

/** The only place that reads and writes in-app notifications. */
export const notificationsRepository = {
  async insert(db: Queryable, n: Omit<NotificationRow, 'createdAt' | 'readAt'>): Promise<void> {
    await db.query(
      'INSERT INTO review_notifications (id, workspace_id, recipient, kind, asset_id, version_id, comment_id, actor, actor_name, excerpt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [n.id, n.workspaceId, n.recipient, n.kind, n.assetId, n.versionId, n.commentId, n.actor, n.actorName, n.excerpt],
    );
  },

  async forRecipient(
    db: Queryable,
    workspaceId: string,
    recipient: string,
    unreadOnly: boolean,
    limit: number,
  ): Promise<NotificationRow[]> {
    return db.query(
      `SELECT ${NOTIFICATION} FROM review_notifications WHERE workspace_id = $1 AND recipient = $2 AND ($3 = false OR read_at IS NULL) ORDER BY created_at DESC LIMIT $4`,
      [workspaceId, recipient, unreadOnly, limit],
    );
  },

  async markRead(db: Queryable, workspaceId: string, recipient: string, ids: string[]): Promise<number> {
    const [, count]: [unknown, number] = await db.query(
      'UPDATE review_notifications SET read_at = now() WHERE workspace_id = $1 AND recipient = $2 AND id = ANY($3::uuid[]) AND read_at IS NULL',
      [workspaceId, recipient, ids],
    );
    return count;
  },
};
