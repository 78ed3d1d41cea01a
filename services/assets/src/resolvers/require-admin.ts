import { forbidden, requireIdentity, type Identity, type RequestContext } from '@mam/graphql';

export function requireAdmin(context: RequestContext): Identity {
  const identity = requireIdentity(context);
  if (!identity.roles.includes('admin')) throw forbidden('Admin role required');
  return identity;
}
