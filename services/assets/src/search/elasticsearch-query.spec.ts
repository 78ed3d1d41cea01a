import { buildSearchBody, buildSuggestBody } from './elasticsearch-query';
import { encodeCursor } from '@mam/graphql';
import { SearchInputError } from './search-input-error';

const base = { workspaceId: 'w1', query: '', first: 20 };

describe('buildSearchBody', () => {
  it('always filters by workspace first and asks for one hit more than the page', () => {
    const { body } = buildSearchBody(base);
    expect(body.size).toBe(21);
    expect(body.query).toEqual({ bool: { filter: [{ term: { workspaceId: 'w1' } }] } });
    expect(body.highlight).toBeUndefined();
    expect(body.aggs).toBeUndefined();
  });

  it('turns every filter condition into a filter clause', () => {
    const { body } = buildSearchBody({
      ...base,
      filter: {
        types: ['video', 'audio'],
        duration: { gte: 10, lte: 120 },
        minWidth: 1280,
        minHeight: 720,
        frameRates: ['25', '30000/1001'],
        createdAt: { gte: '2025-01-01', lte: '2025-01-31' },
        updatedAt: { gte: '2025-02-01T10:00:00Z' },
        tags: ['drone'],
        metadata: [
          { key: 'mood', equals: 'calm' },
          { key: 'rights_territories', anyOf: ['NL', 'BE'] },
          { key: 'episode', gte: 3, lte: 9 },
          { key: 'premiere', gte: '2024-05-01' },
          { key: 'cleared', equals: true },
        ],
      },
    });
    expect((body.query as { bool: { filter: unknown[] } }).bool.filter).toEqual([
      { term: { workspaceId: 'w1' } },
      { terms: { type: ['video', 'audio'] } },
      { range: { durationSeconds: { gte: 10, lte: 120 } } },
      { range: { width: { gte: 1280 } } },
      { range: { height: { gte: 720 } } },
      { terms: { frameRate: ['25/1', '30000/1001'] } },
      { range: { createdAt: { gte: '2025-01-01T00:00:00.000Z', lte: '2025-01-31T23:59:59.999Z' } } },
      { range: { updatedAt: { gte: '2025-02-01T10:00:00.000Z' } } },
      { terms: { tags: ['drone'] } },
      { terms: { 'metadata.mood': ['calm'] } },
      { terms: { 'metadata.rights_territories': ['NL', 'BE'] } },
      {
        nested: {
          path: 'metadataRanges',
          query: {
            bool: {
              filter: [
                { term: { 'metadataRanges.key': 'episode' } },
                { range: { 'metadataRanges.number': { gte: 3, lte: 9 } } },
              ],
            },
          },
        },
      },
      {
        nested: {
          path: 'metadataRanges',
          query: {
            bool: {
              filter: [
                { term: { 'metadataRanges.key': 'premiere' } },
                { range: { 'metadataRanges.date': { gte: '2024-05-01' } } },
              ],
            },
          },
        },
      },
      { terms: { 'metadata.cleared': ['true'] } },
    ]);
  });

  it('matches words in the asset fields or in a nested segment, with highlights and inner hits', () => {
    const { body, sort, query } = buildSearchBody({ ...base, query: ' harbour master ' });
    expect(sort).toBe('RELEVANCE');
    expect(query).toBe('harbour master');
    const must = (body.query as { bool: { must: { bool: { should: any[]; minimum_should_match: number } }[] } }).bool
      .must[0].bool;
    expect(must.minimum_should_match).toBe(1);
    expect(must.should[0]).toEqual({
      simple_query_string: {
        query: 'harbour master',
        fields: ['title^3', 'filenameWords^2', 'tags.text^2', 'description', 'metadataText', 'technicalText'],
        default_operator: 'and',
      },
    });
    expect(must.should[1].nested).toMatchObject({
      path: 'segments',
      query: { simple_query_string: { query: 'harbour master', fields: ['segments.text'], default_operator: 'and' } },
      inner_hits: { name: 'segments', size: 3, highlight: { fields: { 'segments.text': { number_of_fragments: 0 } } } },
    });
    expect(Object.keys(body.highlight!.fields)).toEqual([
      'title',
      'description',
      'tags.text',
      'metadataText',
      'technicalText',
    ]);
    expect(body.sort).toEqual([{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]);
  });

  it('reads an unpaired quote as text', () => {
    const query = (q: string) =>
      (buildSearchBody({ ...base, query: q }).body.query as any).bool.must[0].bool.should[0].simple_query_string
        .query as string;
    expect(query('"harbour master')).toBe('harbour master');
    expect(query('harbour "master')).toBe('harbour master');
    expect(query('"harbour master" "dawn')).toBe('"harbour master" dawn');
    expect(query('"harbour master"')).toBe('"harbour master"');
  });

  it('sorts with the id as tie-breaker, unknown durations last, and lists newest first without words', () => {
    expect(buildSearchBody(base).body.sort).toEqual([{ createdAt: { order: 'desc' } }, { id: { order: 'desc' } }]);
    expect(buildSearchBody({ ...base, sort: 'TITLE_ASC' }).body.sort).toEqual([
      { 'title.sort': { order: 'asc', missing: '_last' } },
      { id: { order: 'asc' } },
    ]);
    expect(buildSearchBody({ ...base, sort: 'DURATION_DESC' }).body.sort).toEqual([
      { durationSeconds: { order: 'desc', missing: '_last' } },
      { id: { order: 'desc' } },
    ]);
    expect(buildSearchBody({ ...base, sort: 'CREATED_AT_ASC' }).body.sort).toEqual([
      { createdAt: { order: 'asc' } },
      { id: { order: 'asc' } },
    ]);
  });

  it('continues after a cursor of the same sort and refuses one of another', () => {
    expect(
      buildSearchBody({ ...base, sort: 'DURATION_ASC', after: encodeCursor(['Infinity', 'a']) }).body.search_after,
    ).toEqual(['Infinity', 'a']);
    expect(
      buildSearchBody({ ...base, sort: 'TITLE_ASC', after: encodeCursor(['harbour', 'a']) }).body.search_after,
    ).toEqual(['harbour', 'a']);
    expect(() => buildSearchBody({ ...base, sort: 'TITLE_ASC', after: encodeCursor([12.5, 'a']) })).toThrow(
      SearchInputError,
    );
    expect(() => buildSearchBody({ ...base, after: encodeCursor([1, 'a', 'b']) })).toThrow(
      'cursor is not one this API returned for this sort',
    );
    expect(() => buildSearchBody({ ...base, after: '%%%' })).toThrow(SearchInputError);
  });

  it('asks for one aggregation per facet, in order', () => {
    const { body, facets } = buildSearchBody({
      ...base,
      facets: ['type', 'resolution', 'duration', 'metadata.mood', 'frameRate', 'type'],
    });
    expect(facets.map((f) => f.name)).toEqual(['type', 'resolution', 'duration', 'metadata.mood', 'frameRate']);
    expect(body.aggs).toEqual({
      f0: { terms: { field: 'type', size: 25 } },
      f1: {
        range: {
          field: 'shortSide',
          ranges: [
            { key: 'SD', to: 720 },
            { key: 'HD', from: 720, to: 1080 },
            { key: 'FHD', from: 1080, to: 2160 },
            { key: 'UHD', from: 2160 },
          ],
        },
      },
      f2: {
        range: {
          field: 'durationSeconds',
          ranges: [
            { key: '0-60', to: 60 },
            { key: '60-300', from: 60, to: 300 },
            { key: '300-1200', from: 300, to: 1200 },
            { key: '1200-3600', from: 1200, to: 3600 },
            { key: '3600-', from: 3600 },
          ],
        },
      },
      f3: { terms: { field: 'metadata.mood', size: 25 } },
      f4: { terms: { field: 'frameRate', size: 25 } },
    });
  });

  it('refuses unknown facets and too many of them', () => {
    expect(() => buildSearchBody({ ...base, facets: ['colour'] })).toThrow('facets: "colour" is not a facet');
    expect(() => buildSearchBody({ ...base, facets: ['metadata.Bad-Key'] })).toThrow(SearchInputError);
    expect(() => buildSearchBody({ ...base, facets: Array.from({ length: 11 }, (_, i) => `metadata.f${i}`) })).toThrow(
      'at most 10',
    );
  });
});

describe('buildSuggestBody', () => {
  it('matches title word prefixes or a file name prefix, in the workspace only', () => {
    expect(buildSuggestBody({ workspaceId: 'w1', prefix: ' harb ', first: 5 })).toEqual({
      size: 5,
      _source: false,
      query: {
        bool: {
          filter: [{ term: { workspaceId: 'w1' } }],
          should: [
            { match: { 'title.prefix': { query: 'harb', operator: 'and', boost: 2 } } },
            { prefix: { filenames: { value: 'harb', case_insensitive: true } } },
          ],
          minimum_should_match: 1,
        },
      },
      highlight: { fields: { 'title.prefix': { number_of_fragments: 0 }, filenames: { number_of_fragments: 0 } } },
      sort: [{ _score: { order: 'desc' } }, { 'title.sort': { order: 'asc' } }, { id: { order: 'asc' } }],
    });
  });
});
