import { Client } from '@elastic/elasticsearch';
import { decodeCursor, encodeCursor, filenameText, metadataText, type AssetSearchDocument, type AssetSearchIndex, type SearchPage, type SearchRequest } from './search-index';

const properties = {
  id: { type: 'keyword' as const },
  workspaceId: { type: 'keyword' as const },
  title: { type: 'text' as const, fields: { keyword: { type: 'keyword' as const, ignore_above: 512 } } },
  description: { type: 'text' as const },
  createdAt: { type: 'date' as const },
  /** Exact file names, for filters. */
  filenames: { type: 'keyword' as const, ignore_above: 1024 },
  /** File names whole and split into words; split in code so no pattern tokenizer is needed on the cluster. */
  filenameWords: { type: 'text' as const },
  /** Metadata values by field key; the only open-ended part of the mapping. */
  metadata: { type: 'flattened' as const, ignore_above: 1024 },
  metadataText: { type: 'text' as const },
};

/** Strict everywhere: a field the mapping does not know is refused, not guessed. */
const mappings = { dynamic: 'strict' as const, properties };

type IndexedDocument = AssetSearchDocument & { filenameWords: string; metadataText: string[] };

function toSource(document: AssetSearchDocument): IndexedDocument {
  return { ...document, filenameWords: filenameText(document.filenames), metadataText: metadataText(document.metadata) };
}

/**
 * Elasticsearch adapter. Readers and writers use an alias; a rebuild fills a fresh index and
 * swaps the alias atomically, so search keeps answering during it.
 */
export function createElasticsearchIndex(options: { url: string; alias: string }): AssetSearchIndex {
  const client = new Client({ node: options.url });
  const alias = options.alias;

  async function createConcreteIndex(): Promise<string> {
    const name = `${alias}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await client.indices.create({ index: name, settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings });
    return name;
  }

  return {
    engine: 'elasticsearch',
    async ensure() {
      if (await client.indices.existsAlias({ name: alias })) {
        // Fields added since the index was made; documents indexed before get them on update or rebuild.
        await client.indices.putMapping({ index: alias, properties });
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
    async upsert(document) {
      await client.index({ index: alias, id: document.id, document: toSource(document) });
    },
    async search(request: SearchRequest): Promise<SearchPage> {
      const response = await client.search<IndexedDocument>({
        index: alias,
        size: request.first + 1,
        track_total_hits: true,
        query: {
          bool: {
            filter: [{ term: { workspaceId: request.workspaceId } }],
            must: [{ simple_query_string: { query: request.query, fields: ['title^3', 'filenameWords^2', 'description', 'metadataText'], default_operator: 'and' } }],
          },
        },
        sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
        ...(request.after ? { search_after: decodeCursor(request.after) as (string | number)[] } : {}),
        highlight: {
          fields: { title: { number_of_fragments: 0 }, description: { fragment_size: 150, number_of_fragments: 3 }, metadataText: { fragment_size: 150, number_of_fragments: 2 } },
        },
      });
      const hits = response.hits.hits.slice(0, request.first).map((hit) => ({
        id: hit._id as string,
        score: hit._score ?? 0,
        highlights: Object.values(hit.highlight ?? {}).flat(),
        cursor: encodeCursor(hit.sort ?? []),
      }));
      const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
      return { hits, total, hasNextPage: response.hits.hits.length > request.first };
    },
    async rebuild(batches) {
      const index = await createConcreteIndex();
      let count = 0;
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        const result = await client.bulk({ operations: batch.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, toSource(doc)]) });
        if (result.errors) throw new Error(`bulk indexing failed: ${JSON.stringify(result.items.find((i) => i.index?.error)?.index?.error)}`);
        count += batch.length;
      }
      await client.indices.refresh({ index });
      const previous = (await client.indices.existsAlias({ name: alias })) ? Object.keys(await client.indices.getAlias({ name: alias })) : [];
      await client.indices.updateAliases({
        actions: [...previous.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
      });
      for (const old of previous) await client.indices.delete({ index: old });
      return count;
    },
    async refresh() {
      await client.indices.refresh({ index: alias });
    },
    async close() {
      await client.close();
    },
  };
}
