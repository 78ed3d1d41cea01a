import type { ClientFacts } from './client-facts';
import type { Identity, Role } from './identity';
import { forbidden, unauthenticated } from './errors';

/** Every resolver's context carries the verified identity (or none, which resolvers refuse). */
export interface RequestContext {
  identity?: Identity;
  /** Who the gateway saw calling (address, user agent), when it said; for audit trails. */
  client?: ClientFacts;
}

export function requireIdentity(context: RequestContext): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}

const WRITE_ROLES: Role[] = ['admin', 'editor'];

/** Identities allowed to create and change assets in their workspace. */
export function requireWriter(context: RequestContext): Identity {
  const identity = requireIdentity(context);
  if (!identity.roles.some((role) => WRITE_ROLES.includes(role))) throw forbidden('Editor or admin role required');
  return identity;
}

/** Identities holding the admin role of their workspace. */
export function requireAdmin(context: RequestContext): Identity {
  const identity = requireIdentity(context);
  if (!identity.roles.includes('admin')) throw forbidden('Admin role required');
  return identity;
}
