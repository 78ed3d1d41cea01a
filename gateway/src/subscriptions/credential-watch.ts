import { ErrorCode, errorCodeOf, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import type { MutableLiveIdentity } from './live-identity';

/** An open WebSocket connection as the watch sees it. */
export interface WatchedConnection {
  /** Same value for connections holding the same credential: one check serves them all. */
  credentialKey: string;
  /** Authenticates the connection's credential again, exactly as at connect. */
  reauthenticate(): Promise<Identity>;
  identity: MutableLiveIdentity;
  /** Ends the connection and with it every subscription on it. */
  close(code: number, reason: string): void;
}

export interface CredentialWatchOptions {
  intervalMs: number;
  /** How long a connection stays open while its credential cannot be checked (infrastructure down). */
  maxUnverifiedMs: number;
  logger: Logger;
}

/** Close codes of the graphql-ws protocol: 4401 is final for clients; 1013 invites them to retry later. */
export const CLOSE_REVOKED = 4401;
export const CLOSE_UNVERIFIABLE = 1013;

/**
 * Re-validates the credential of every open subscription connection every few seconds, and at
 * once on `recheck()` (the hook for anything that ends credentials in this process: a sign-out,
 * say). A credential that no longer works (revoked key, removed member, expired or signed-out
 * token) ends its connection; a changed role or group set narrows (or widens) its subscriptions,
 * which re-open upstream under the new identity. Nothing is kept but the connections of this
 * process: every check asks the owner of the truth (assets), so it holds across gateway instances.
 */
export function createCredentialWatch(options: CredentialWatchOptions) {
  const connections = new Map<WatchedConnection, { verifiedAt: number }>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function checkGroup(group: WatchedConnection[]): Promise<void> {
    const [first] = group;
    let identity: Identity;
    try {
      identity = await first.reauthenticate();
    } catch (error) {
      const code = errorCodeOf(error);
      for (const connection of group) {
        const state = connections.get(connection);
        if (!state) continue;
        if (code === ErrorCode.UNAVAILABLE && Date.now() - state.verifiedAt <= options.maxUnverifiedMs) continue;
        connections.delete(connection);
        const revoked = code !== ErrorCode.UNAVAILABLE;
        options.logger.info(
          { subject: connection.identity.current.subject, revoked },
          revoked
            ? 'credential no longer valid: subscriptions ended'
            : 'credential unverifiable for too long: subscriptions ended',
        );
        connection.close(
          revoked ? CLOSE_REVOKED : CLOSE_UNVERIFIABLE,
          revoked ? 'Credentials revoked or expired' : 'Credentials cannot be checked; try again later',
        );
      }
      return;
    }
    for (const connection of group) {
      const state = connections.get(connection);
      if (!state) continue;
      state.verifiedAt = Date.now();
      if (connection.identity.update(identity))
        options.logger.info({ subject: identity.subject }, "caller's access changed: subscriptions follow");
    }
  }

  async function checkAll(): Promise<void> {
    const groups = new Map<string, WatchedConnection[]>();
    for (const connection of connections.keys())
      groups.set(connection.credentialKey, [...(groups.get(connection.credentialKey) ?? []), connection]);
    await Promise.all([...groups.values()].map((group) => checkGroup(group)));
  }

  /** One check at a time; a check asked for during one runs right after it. */
  let again = false;
  function recheck(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await checkAll().catch((error) => options.logger.error({ err: error }, 'subscription credential check failed'));
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  }

  return {
    add(connection: WatchedConnection): void {
      connections.set(connection, { verifiedAt: Date.now() });
    },
    remove(connection: WatchedConnection): void {
      connections.delete(connection);
    },
    get size() {
      return connections.size;
    },
    /** Checks every open connection's credential now (e.g. after a sign-out or a revocation seen here). */
    recheck,
    start(): void {
      timer ??= setInterval(() => void recheck(), options.intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
      connections.clear();
    },
  };
}

export type CredentialWatch = ReturnType<typeof createCredentialWatch>;
