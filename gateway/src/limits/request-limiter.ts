import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { rateLimited as rateLimitedError, type Identity } from '@mam/graphql';

export interface RequestLimits {
  /** Operations one workspace may have in flight at once (0: no limit). */
  maxConcurrentPerWorkspace: number;
  /** Operations one credential (person or API key) may have in flight at once (0: no limit). */
  maxConcurrentPerCredential: number;
  /** Operations one credential may start per second, sustained (0: no limit)... */
  ratePerSecond: number;
  /** ...and at once after a quiet spell. */
  burst: number;
}

export type Admission =
  { admitted: true; release: () => void } | { admitted: false; reason: string; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Bounds what one workspace or credential runs at once (concurrency) and starts per second (a token
 * bucket), so one caller's flood leaves the others their latency. State is in this process: with
 * several gateway instances each applies the limits to the requests it receives.
 */
export function createRequestLimiter(limits: RequestLimits, now: () => number = () => Date.now()) {
  const inFlight = new Map<string, number>();
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(limits.burst, bucket.tokens + ((at - bucket.at) / 1000) * limits.ratePerSecond);
    bucket.at = at;
  };

  function takeToken(key: string): number {
    if (limits.ratePerSecond <= 0) return 0;
    const at = now();
    let bucket = buckets.get(key);
    if (!bucket) {
      // Forget credentials that have been quiet long enough to have a full bucket again.
      if (buckets.size > 10_000)
        for (const [k, b] of buckets) if ((refill(b, at), b.tokens >= limits.burst)) buckets.delete(k);
      bucket = { tokens: limits.burst, at };
      buckets.set(key, bucket);
    }
    refill(bucket, at);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limits.ratePerSecond));
  }

  const busy = (key: string, max: number) => max > 0 && (inFlight.get(key) ?? 0) >= max;
  const change = (key: string, by: number) => {
    const count = (inFlight.get(key) ?? 0) + by;
    if (count <= 0) inFlight.delete(key);
    else inFlight.set(key, count);
  };

  return {
    admit(identity: Identity): Admission {
      const workspace = `workspace:${identity.workspaceId}`;
      const credential = `${identity.kind}:${identity.workspaceId}:${identity.subject}`;
      const wait = takeToken(credential);
      if (wait > 0)
        return {
          admitted: false,
          reason: `more than ${limits.ratePerSecond} operations a second from this credential`,
          retryAfterSeconds: wait,
        };
      if (busy(credential, limits.maxConcurrentPerCredential))
        return {
          admitted: false,
          reason: `${limits.maxConcurrentPerCredential} operations of this credential are already running`,
          retryAfterSeconds: 1,
        };
      if (busy(workspace, limits.maxConcurrentPerWorkspace))
        return {
          admitted: false,
          reason: `${limits.maxConcurrentPerWorkspace} operations of this workspace are already running`,
          retryAfterSeconds: 1,
        };
      change(credential, 1);
      change(workspace, 1);
      let released = false;
      return {
        admitted: true,
        release: () => {
          if (released) return;
          released = true;
          change(credential, -1);
          change(workspace, -1);
        },
      };
    },
  };
}

export type RequestLimiter = ReturnType<typeof createRequestLimiter>;

/** RATE_LIMITED with how long to wait, in the body and as HTTP 429 with Retry-After. */
export function rateLimited(reason: string, retryAfterSeconds: number): GraphQLError {
  const headers = new HeaderMap([['retry-after', String(retryAfterSeconds)]]);
  return rateLimitedError(
    `Too many requests: ${reason}; retry after ${retryAfterSeconds} s`,
    retryAfterSeconds,
    headers,
  );
}
