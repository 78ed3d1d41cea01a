import { Client } from '@elastic/elasticsearch';
import { buildSearchBody } from '@mam/assets/src/search/elasticsearch-query';
import { SEARCH_WORDS, seededRandom } from './search-corpus';
const index = process.argv[2] ?? 'scratch-search';
async function main() {
  const es = new Client({ node: 'http://127.0.0.1:9200' });
  const variants: Record<string, (b: any) => any> = {
    full: (b) => b,
    innerDocvalues: (b) => { const c = structuredClone(b); const ih = c.query.bool.must[0].bool.should[1].nested.inner_hits; ih._source = false; ih.docvalue_fields = ['segments.kind', 'segments.startFrame', 'segments.endFrame', 'segments.frameRate']; return c; },
    innerNoHl: (b) => { const c = structuredClone(b); const ih = c.query.bool.must[0].bool.should[1].nested.inner_hits; ih._source = false; ih.docvalue_fields = ['segments.startFrame']; delete ih.highlight; return c; },
    noHighlight: (b) => ({ ...b, highlight: undefined }),
    bare: (b) => { const c = structuredClone(b); delete c.query.bool.must[0].bool.should[1].nested.inner_hits; return { ...c, highlight: undefined, aggs: undefined }; },
  };
  for (let round = 0; round < 2; round++) for (const [name, f] of Object.entries(variants)) {
    const random = seededRandom(3);
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const q = `${SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)]}${i % 2 ? ' ' + SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)] : ''}`;
      const body = f(buildSearchBody({ workspaceId: 'bench', query: q, first: 10, facets: ['type', 'frameRate', 'resolution', 'duration'] }).body);
      const t = process.hrtime.bigint();
      await es.search({ index, ...body });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const s = times.slice(20).sort((a, b) => a - b);
    if (round) console.log(name.padEnd(15), 'p50', s[Math.floor(s.length / 2)].toFixed(1), 'p95', s[Math.floor(s.length * 0.95)].toFixed(1));
  }
  await es.close();
}
main();
