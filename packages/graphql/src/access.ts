import { memberRoleOf } from './asset-roles';
import type { Identity } from './identity';
import { requireRole, unauthenticated } from './errors';

/** Every resolver's context carries the verified identity (or none, which resolvers refuse). */
export interface RequestContext {
  identity?: Identity;
}

export function requireIdentity(context: RequestContext): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}

/** Identities allowed to create and change assets in their workspace (editors and admins). */
export function requireWriter(context: RequestContext): Identity {
  const identity = requireIdentity(context);
  requireRole(memberRoleOf(identity), 'editor');
  return identity;
}

/** Identities holding the admin role of their workspace. */
export function requireAdmin(context: RequestContext): Identity {
  const identity = requireIdentity(context);
  requireRole(memberRoleOf(identity), 'admin');
  return identity;
}
