/**
 * A bounded in-process cache whose entries expire: for answers that stay true for a known time
 * (a verified signature until the token expires, a lookup for a few seconds). Nothing depends on
 * it but speed; the oldest entry leaves first when it is full.
 */
export function expiringCache<V>(maxEntries = 10_000) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > Date.now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key: string, value: V, expiresAt: number): void {
      entries.delete(key);
      entries.set(key, { value, expiresAt });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    delete(key: string): void {
      entries.delete(key);
    },
  };
}

/** Keeps a loaded answer (a promise, so concurrent callers share one load) for `ttlMs`; a failed load is forgotten. */
export function cachedLoader<V>(ttlMs: number, maxEntries?: number) {
  const cache = expiringCache<Promise<V>>(maxEntries);
  return (key: string, load: () => Promise<V>): Promise<V> => {
    if (ttlMs <= 0) return load();
    const hit = cache.get(key);
    if (hit) return hit;
    const value = load();
    cache.set(key, value, Date.now() + ttlMs);
    value.catch(() => cache.delete(key));
    return value;
  };
}
