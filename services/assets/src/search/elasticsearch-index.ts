import { Client, errors, type estypes } from '@elastic/elasticsearch';
import { buildSearchBody, buildSuggestBody } from './elasticsearch-query';
import { mappings, MAPPING_VERSION, properties, settings } from './elasticsearch-mapping';
import { toSearchPage, toSuggestions } from './elasticsearch-response';
import { toIndexedDocument } from './indexed-document';
import type { AssetSearchDocument, AssetSearchIndex, SearchPage, SearchRequest } from './search-index';
import { SearchInputError } from './search-input-error';

const COPY_BATCH = 1000;
const BULK_IN_FLIGHT = 2;
/**
 * Searches and single-document writes fail fast when the engine does not answer, without the
 * client's own retries: a search answers UNAVAILABLE within seconds, and the search consumer does
 * the retrying (with backoff, heartbeating) rather than hiding it inside one long call.
 */
const FAST = { requestTimeout: 2_000, maxRetries: 0 };
const WRITE = { requestTimeout: 5_000, maxRetries: 0 };
/** Rebuilds and mapping moves keep the client's patient defaults. */
const PATIENT = { requestTimeout: 60_000, maxRetries: 3 };

/** A request Elasticsearch refused as malformed becomes the caller's error, never a 500. */
function refused(error: unknown): never {
  if (error instanceof errors.ResponseError && error.statusCode === 400) {
    const cause = (error.body as { error?: { root_cause?: { reason?: string }[]; reason?: string } } | undefined)
      ?.error;
    throw new SearchInputError(
      `The search could not be run: ${cause?.root_cause?.[0]?.reason ?? cause?.reason ?? 'refused by the search engine'}`,
      'query',
    );
  }
  throw error;
}

/**
 * Elasticsearch adapter. Readers and writers use an alias; a rebuild fills a fresh index and
 * swaps the alias atomically, so search keeps answering during it.
 */
export function createElasticsearchIndex(options: { url: string; alias: string }): AssetSearchIndex {
  const client = new Client({ node: options.url, ...PATIENT });
  const alias = options.alias;

  async function createConcreteIndex(loading = false): Promise<string> {
    const name = `${alias}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await client.indices.create({
      index: name,
      settings: { ...settings, ...(loading ? { refresh_interval: '-1' } : {}) },
      mappings,
    });
    return name;
  }

  async function indicesOfAlias(): Promise<string[]> {
    return (await client.indices.existsAlias({ name: alias }))
      ? Object.keys(await client.indices.getAlias({ name: alias }))
      : [];
  }

  async function swapAlias(index: string, previous: string[]): Promise<void> {
    await client.indices.updateAliases({
      actions: [...previous.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
    });
    for (const old of previous) await client.indices.delete({ index: old });
  }

  /** Runs bulk requests with a few in flight; throws on the first refused document. */
  async function bulkInto(index: string, batches: AsyncIterable<{ id: string; source: unknown }[]>): Promise<number> {
    let count = 0;
    let failure: Error | undefined;
    const inFlight = new Set<Promise<void>>();
    const send = async (batch: { id: string; source: unknown }[]) => {
      const result = await client.bulk({
        operations: batch.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, doc.source]),
      });
      if (result.errors)
        throw new Error(
          `bulk indexing failed: ${JSON.stringify(result.items.find((i) => i.index?.error)?.index?.error)}`,
        );
      count += batch.length;
    };
    for await (const batch of batches) {
      if (failure) break;
      if (batch.length === 0) continue;
      const request: Promise<void> = send(batch)
        .catch((error: Error) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
      if (inFlight.size >= BULK_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    return count;
  }

  async function finishLoading(index: string): Promise<void> {
    await client.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
    await client.indices.refresh({ index });
  }

  /** Documents of the indexes behind the alias, in id order, for moving them to a new mapping. */
  async function* existingDocuments(indices: string[]): AsyncGenerator<{ id: string; source: unknown }[]> {
    let after: estypes.SortResults | undefined;
    for (;;) {
      const page = await client.search({
        index: indices,
        size: COPY_BATCH,
        sort: [{ id: { order: 'asc' } }],
        ...(after ? { search_after: after } : {}),
      });
      if (page.hits.hits.length === 0) return;
      yield page.hits.hits.map((hit) => ({ id: hit._id as string, source: hit._source }));
      after = page.hits.hits[page.hits.hits.length - 1].sort;
    }
  }

  /**
   * An index made under an older mapping (other analyzers, fields that cannot be added in place)
   * is copied into a fresh one and the alias swapped. Facts the old documents lack (media facts,
   * tags) arrive with the next change of each asset, or at once with `npm run search:rebuild`.
   */
  async function moveToCurrentMapping(previous: string[]): Promise<void> {
    const index = await createConcreteIndex(true);
    try {
      await bulkInto(index, existingDocuments(previous));
      await finishLoading(index);
      await swapAlias(index, previous);
    } catch (error) {
      await client.indices.delete({ index }).catch(() => undefined);
      throw error;
    }
  }

  return {
    engine: 'elasticsearch',
    async ensure() {
      const previous = await indicesOfAlias();
      if (previous.length > 0) {
        const current = await client.indices.getMapping({ index: alias });
        const outdated = Object.values(current).some(
          (m) => Number((m.mappings._meta as { version?: number } | undefined)?.version ?? 1) < MAPPING_VERSION,
        );
        if (outdated) await moveToCurrentMapping(previous);
        // Fields added since the index was made; documents indexed before get them on update or rebuild.
        else await client.indices.putMapping({ index: alias, properties });
        return;
      }
      const index = await createConcreteIndex();
      try {
        await client.indices.putAlias({ index, name: alias });
      } catch (error) {
        await client.indices.delete({ index });
        if (!(await client.indices.existsAlias({ name: alias }))) throw error;
      }
    },
    async upsert(document: AssetSearchDocument) {
      await client.index({ index: alias, id: document.id, document: toIndexedDocument(document) }, WRITE);
    },
    async search(request: SearchRequest): Promise<SearchPage> {
      const plan = buildSearchBody(request);
      const response = await client.search({ index: alias, ...plan.body }, FAST).catch(refused);
      return toSearchPage(response, plan, request.first);
    },
    async suggest(request) {
      if (!request.prefix.trim()) return [];
      const response = await client.search({ index: alias, ...buildSuggestBody(request) }, FAST).catch(refused);
      return toSuggestions(response, request.prefix);
    },
    async rebuild(batches) {
      const index = await createConcreteIndex(true);
      try {
        const count = await bulkInto(
          index,
          (async function* () {
            for await (const batch of batches)
              yield batch.map((doc) => ({ id: doc.id, source: toIndexedDocument(doc) }));
          })(),
        );
        await finishLoading(index);
        await swapAlias(index, await indicesOfAlias());
        return count;
      } catch (error) {
        await client.indices.delete({ index }).catch(() => undefined);
        throw error;
      }
    },
    async refresh() {
      await client.indices.refresh({ index: alias });
    },
    async close() {
      await client.close();
    },
  };
}
