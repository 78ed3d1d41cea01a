import { MEMBERS_PRINCIPAL } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { EntityManager } from 'typeorm';

/**
 * Records a workspace the first time anyone of it is seen. A new workspace starts open: every
 * member may edit every asset (a workspace-wide grant to all members, capped by each member's
 * own role). Admins restrict it by revoking that grant and granting collections or assets instead.
 */
export async function ensureWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
  const created: unknown[] = await manager.query('INSERT INTO workspaces (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id', [workspaceId]);
  if (created.length === 0) return;
  await manager.query(
    `INSERT INTO access_grants (id, workspace_id, target, principal, role, granted_by, granted_at) VALUES ($1, $2, 'workspace', $3, 'editor', 'system', now())
     ON CONFLICT DO NOTHING`,
    [uuidv7(), workspaceId, MEMBERS_PRINCIPAL],
  );
}
