/**
 * A small time-bounded cache of lookups (members, API keys): a change made elsewhere applies to
 * this instance within `ttlMs`. Bounded in size; the oldest entry leaves first. Every gateway
 * instance keeps its own, and nothing depends on it but speed.
 */
export function ttlCache<V>(options: { ttlMs: number; maxEntries?: number }) {
  const entries = new Map<string, { value: Promise<V>; expires: number }>();
  const maxEntries = options.maxEntries ?? 10_000;
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      if (options.ttlMs <= 0) return load();
      const value = load();
      entries.delete(key);
      entries.set(key, { value, expires: now + options.ttlMs });
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
