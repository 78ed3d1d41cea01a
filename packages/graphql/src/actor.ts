import type { Identity } from './identity';

/** Who an event records as its cause: the caller's subject, workspace and kind (an EventActor). */
export function actorOf(identity: Identity): { subject: string; workspaceId: string; kind: Identity['kind'] } {
  return { subject: identity.subject, workspaceId: identity.workspaceId, kind: identity.kind };
}
