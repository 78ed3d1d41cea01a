import { createHash } from 'node:crypto';
import type { DriveLock } from './drive-client';

/**
 * A check-out's lock token: derived from the lock as the database holds it (asset, holder, when it
 * was taken), so every gateway instance names the same lock with the same token and a new
 * check-out gets a new one.
 */
export function lockToken(assetId: string, lock: DriveLock): string {
  const hex = createHash('sha256').update(`${assetId}\n${lock.holder}\n${lock.acquiredAt}`).digest('hex');
  return `opaquelocktoken:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A live lock (an expired one counts as none, as for check-outs). */
export function liveLock(lock: DriveLock | null | undefined, now = Date.now()): DriveLock | null {
  return lock && Date.parse(lock.expiresAt) > now ? lock : null;
}

interface Condition {
  not: boolean;
  token?: string;
  etag?: string;
}

/** The lists of an `If` header (RFC 4918 §10.4): each a conjunction of conditions; the header holds when one list does. */
export function parseIfHeader(header: string | undefined): Condition[][] | undefined {
  if (!header) return undefined;
  const lists: Condition[][] = [];
  for (const [, body] of header.matchAll(/\(([^)]*)\)/g)) {
    const conditions: Condition[] = [];
    for (const [, not, token, etag] of body.matchAll(/(Not\s+)?(?:<([^>]*)>|\[([^\]]*)\])/gi))
      conditions.push({ not: Boolean(not), ...(token !== undefined ? { token } : { etag }) });
    lists.push(conditions);
  }
  return lists;
}

/** Every state token an `If` header submits, as lock tokens of the resources it names. */
export function submittedTokens(header: string | undefined): string[] {
  return (parseIfHeader(header) ?? []).flatMap((list) => list.filter((c) => c.token && !c.not).map((c) => c.token!));
}

/** Whether an `If` header holds for a resource with this lock token and ETag (no header: it holds). */
export function ifHeaderHolds(header: string | undefined, state: { token?: string; etag?: string }): boolean {
  const lists = parseIfHeader(header);
  if (!lists) return true;
  return lists.some((list) =>
    list.every((c) => {
      const matches = c.token !== undefined ? c.token === state.token : c.etag === state.etag;
      return c.not ? !matches : matches;
    }),
  );
}

/** Lock timeout in minutes from a `Timeout` header (Second-n or Infinite), within what a check-out allows. */
export function lockMinutes(header: string | undefined): number {
  const seconds = /Second-(\d+)/i.exec(header ?? '')?.[1];
  const minutes = seconds ? Math.ceil(Number(seconds) / 60) : /Infinite/i.test(header ?? '') ? 10_080 : 60;
  return Math.min(10_080, Math.max(1, minutes));
}
