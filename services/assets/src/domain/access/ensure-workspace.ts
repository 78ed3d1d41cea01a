import type { EntityManager } from 'typeorm';
import { accessGrantRepository } from '../../repositories/access-grant.repository';

/**
 * Records a workspace the first time anyone of it is seen. A new workspace starts open: every
 * member may edit every asset (a workspace-wide grant to all members, capped by each member's
 * own role). Admins restrict it by revoking that grant and granting collections or assets instead.
 */
export async function ensureWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
  if (await accessGrantRepository.insertWorkspace(manager, workspaceId))
    await accessGrantRepository.grantMembersEditing(manager, workspaceId);
}
