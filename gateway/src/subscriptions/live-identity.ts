import type { Identity } from '@mam/graphql';

/** A connection's caller as last re-checked: the subscriptions on it follow its changes. */
export interface LiveIdentity {
  readonly current: Identity;
  /** Calls `listener` after every change of the identity; returns how to stop. */
  onChange(listener: () => void): () => void;
}

/** What makes two identities answer differently: anything else (a fresh signature, say) is no change. */
export const identityKey = (identity: Identity) =>
  JSON.stringify([
    identity.subject,
    identity.workspaceId,
    identity.kind,
    identity.roles,
    identity.groups ?? [],
    identity.workspaceRole ?? null,
  ]);

export function liveIdentity(initial: Identity) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get current() {
      return current;
    },
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Takes a re-checked identity; tells the listeners when it differs. */
    update(next: Identity): boolean {
      if (identityKey(next) === identityKey(current)) return false;
      current = next;
      for (const listener of listeners) listener();
      return true;
    },
  };
}

export type MutableLiveIdentity = ReturnType<typeof liveIdentity>;
