type Fetch<V> = (keys: string[]) => Promise<Map<string, V>>;

interface Batch<V> {
  pending: Map<string, Promise<V | undefined>>;
  waiting: { key: string; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[];
}

const batches = new WeakMap<object, Map<string, Batch<unknown>>>();

/**
 * Loads `key` together with every other key asked for under the same `name` by the same request
 * (`scope`, its context) in this turn of the event loop: one `fetch` for all the entities of a
 * federated fetch instead of one query each. Nothing is kept once the fetch answers, so a
 * long-lived scope (a subscription's context) always reads current data.
 */
export function loadInBatch<V>(scope: object, name: string, key: string, fetch: Fetch<V>): Promise<V | undefined> {
  let byName = batches.get(scope);
  if (!byName) batches.set(scope, (byName = new Map()));
  let batch = byName.get(name) as Batch<V> | undefined;
  if (!batch) {
    const created: Batch<V> = { pending: new Map(), waiting: [] };
    batch = created;
    byName.set(name, created as Batch<unknown>);
    setImmediate(
      () =>
        void (async () => {
          byName.delete(name);
          try {
            const found = await fetch([...created.pending.keys()]);
            for (const w of created.waiting) w.resolve(found.get(w.key));
          } catch (error) {
            for (const w of created.waiting) w.reject(error);
          }
        })(),
    );
  }
  let value = batch.pending.get(key);
  if (!value) {
    const target = batch;
    value = new Promise<V | undefined>((resolve, reject) => target.waiting.push({ key, resolve, reject }));
    batch.pending.set(key, value);
  }
  return value;
}
