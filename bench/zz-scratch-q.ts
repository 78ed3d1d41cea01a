import { Client } from '@elastic/elasticsearch';
import { buildSearchBody } from '@mam/assets/src/search/elasticsearch-query';
import { SEARCH_WORDS, seededRandom } from './search-corpus';
async function main() {
  const es = new Client({ node: 'http://127.0.0.1:9200' });
  const random = seededRandom(3);
  const variants: Record<string, (b: any) => any> = {
    full: (b) => b,
    noHighlight: (b) => ({ ...b, highlight: undefined }),
    noInnerHits: (b) => { const c = structuredClone(b); delete c.query.bool.must[0].bool.should[1].nested.inner_hits; return c; },
    noNested: (b) => { const c = structuredClone(b); c.query.bool.must[0].bool.should.pop(); return c; },
    noAggs: (b) => ({ ...b, aggs: undefined }),
    noTotal: (b) => ({ ...b, track_total_hits: false }),
    bare: (b) => { const c = structuredClone(b); delete c.query.bool.must[0].bool.should[1].nested.inner_hits; return { ...c, highlight: undefined, aggs: undefined, track_total_hits: false }; },
  };
  for (const [name, f] of Object.entries(variants)) {
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const q = `${SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)]}${i % 2 ? ' ' + SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)] : ''}`;
      const body = f(buildSearchBody({ workspaceId: 'bench', query: q, first: 10, facets: ['type', 'frameRate', 'resolution', 'duration'] }).body);
      const t = process.hrtime.bigint();
      const r = await es.search({ index: 'scratch-search', ...body });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (i === 0 && name === 'full') console.log('took', r.took);
    }
    const s = times.slice(20).sort((a, b) => a - b);
    console.log(name.padEnd(12), 'p50', s[Math.floor(s.length / 2)].toFixed(1), 'p95', s[Math.floor(s.length * 0.95)].toFixed(1));
  }
  await es.close();
}
main();
