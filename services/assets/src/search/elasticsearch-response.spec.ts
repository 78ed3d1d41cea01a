import { buildSearchBody } from './elasticsearch-query';
import { facetFromAggregation, toSearchPage, toSuggestions } from './elasticsearch-response';
import { decodeCursor } from './search-cursor';
import { parseFacets } from './search-facets';

describe('facetFromAggregation', () => {
  it('keeps every range bucket in its order, empty ones included', () => {
    const [resolution] = parseFacets(['resolution']);
    const aggregate = {
      buckets: [
        { key: 'UHD', from: 2160, doc_count: 2 },
        { key: 'SD', to: 720, doc_count: 5 },
      ],
    };
    expect(facetFromAggregation(resolution, aggregate as never)).toEqual({
      name: 'resolution',
      buckets: [
        { value: 'SD', count: 5 },
        { value: 'HD', count: 0 },
        { value: 'FHD', count: 0 },
        { value: 'UHD', count: 2 },
      ],
    });
  });

  it('lists terms as they come, keys as text', () => {
    const [episode] = parseFacets(['metadata.episode']);
    expect(
      facetFromAggregation(episode, {
        buckets: [
          { key: '12', doc_count: 3 },
          { key: 4, doc_count: 1 },
        ],
      }),
    ).toEqual({
      name: 'metadata.episode',
      buckets: [
        { value: '12', count: 3 },
        { value: '4', count: 1 },
      ],
    });
    expect(facetFromAggregation(episode, undefined)).toEqual({ name: 'metadata.episode', buckets: [] });
  });
});

describe('toSearchPage', () => {
  it('maps hits, cursors, matching segments with timecode, totals and facets', () => {
    const plan = buildSearchBody({ workspaceId: 'w1', query: 'tides', first: 1, facets: ['type'] });
    const response = {
      hits: {
        total: { value: 7, relation: 'eq' },
        hits: [
          {
            _id: 'a',
            _score: 2.5,
            sort: [2.5, 'a'],
            highlight: { title: ['<em>Tides</em>'], description: ['low <em>tides</em>'] },
            inner_hits: {
              segments: {
                hits: {
                  hits: [
                    {
                      _source: {
                        kind: 'transcript',
                        startFrame: 90000,
                        endFrame: 90100,
                        frameRate: '30000/1001',
                        text: 'the tides',
                      },
                      highlight: { 'segments.text': ['the <em>tides</em>'] },
                    },
                    { _source: { kind: 'label', startFrame: 50, endFrame: 75, frameRate: '25/1', text: 'tides' } },
                  ],
                },
              },
            },
          },
          { _id: 'b', _score: 1, sort: [1, 'b'] },
        ],
      },
      aggregations: { f0: { buckets: [{ key: 'video', doc_count: 7 }] } },
    };
    const page = toSearchPage(response as never, plan, 1);
    expect(page).toEqual({
      hits: [
        {
          id: 'a',
          score: 2.5,
          highlights: ['<em>Tides</em>', 'low <em>tides</em>'],
          cursor: page.hits[0].cursor,
          segments: [
            {
              kind: 'transcript',
              text: 'the <em>tides</em>',
              startFrame: 90000,
              endFrame: 90100,
              frameRate: '30000/1001',
              timecode: '00:50:00:00',
            },
            { kind: 'label', text: 'tides', startFrame: 50, endFrame: 75, frameRate: '25/1', timecode: '00:00:02:00' },
          ],
        },
      ],
      total: 7,
      hasNextPage: true,
      facets: [{ name: 'type', buckets: [{ value: 'video', count: 7 }] }],
    });
    expect(decodeCursor(page.hits[0].cursor)).toEqual([2.5, 'a']);
  });
});

describe('toSuggestions', () => {
  it('prefers the title highlight and falls back to the file name, marking only the typed prefix', () => {
    const response = {
      hits: {
        hits: [
          {
            _id: 'a',
            highlight: { 'title.prefix': ['<em>Harbour</em> at dawn'], filenames: ['<em>harbour.mov</em>'] },
          },
          { _id: 'b', highlight: { filenames: ['<em>harbour-b.mov</em>'] } },
          { _id: 'c' },
        ],
      },
    };
    expect(toSuggestions(response as never, 'harb')).toEqual([
      { id: 'a', highlight: '<em>Harbour</em> at dawn', field: 'title' },
      { id: 'b', highlight: '<em>harb</em>our-b.mov', field: 'filename' },
    ]);
  });
});
