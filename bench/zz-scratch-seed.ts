import { createElasticsearchIndex } from '@mam/assets/src/search/elasticsearch-index';
import { corpus } from './search-corpus';
async function main() {
  const index = createElasticsearchIndex({ url: 'http://127.0.0.1:9200', alias: 'scratch-search' });
  const n = Number(process.argv[2] ?? 20000);
  const t = Date.now();
  const count = await index.rebuild((async function* () { for (const b of corpus({ workspaceId: 'bench', count: n, transcriptBytes: 2048, batchSize: 1000 })) yield b; })());
  console.log(count, (Date.now() - t) / 1000);
  await index.close();
}
main();
