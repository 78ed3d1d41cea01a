import { buildSchema, parse, validate } from 'graphql';
import { operationLimits } from './operation-limits';

const schema = buildSchema(`
  type Query { asset(id: ID!): Asset, assets(first: Int): [Asset!]!, page(first: Int): Connection! }
  type Connection { edges: [Edge!]!, facets: [Facet!]!, total: Int! }
  type Facet { name: String!, buckets: [String!]! }
  type Edge { node: Asset! }
  type Asset { id: ID!, title: String!, related: [Asset!]!, parent: Asset }
`);

const errorsOf = (query: string, limits = { maxDepth: 4, maxCost: 200 }) =>
  validate(schema, parse(query), [operationLimits(limits)]).map((e) => ({ message: e.message, code: e.extensions.code }));

describe('operationLimits', () => {
  it('accepts an operation within both limits', () => {
    expect(errorsOf('{ assets(first: 5) { id title } }')).toEqual([]);
  });

  it('refuses depth beyond the limit, also when hidden in fragments', () => {
    const query = `{ asset(id: "1") { ...A } } fragment A on Asset { parent { parent { parent { parent { id } } } } }`;
    expect(errorsOf(query)).toEqual([{ message: 'Operation is nested 6 levels deep; the limit is 4', code: 'OPERATION_TOO_COMPLEX' }]);
  });

  it('multiplies cost by page sizes and list fields', () => {
    // 1 (assets) + 50 (id) + 50 (related) + 50*10*1 (related.id) = 601
    expect(errorsOf('{ assets(first: 50) { id related { id } } }')).toEqual([{ message: 'Operation cost 601 exceeds the limit of 200', code: 'OPERATION_TOO_COMPLEX' }]);
  });

  it('counts a connection page once: its edges are the page `first` asked for', () => {
    // 1 (page) + 1 (edges) + 50 (node) + 50 (id) = 102, not 10 times that.
    expect(errorsOf('{ page(first: 50) { edges { node { id } } } }', { maxDepth: 5, maxCost: 102 })).toEqual([]);
    expect(errorsOf('{ page(first: 50) { edges { node { id } } } }', { maxDepth: 5, maxCost: 101 })).toEqual([{ message: 'Operation cost 102 exceeds the limit of 101', code: 'OPERATION_TOO_COMPLEX' }]);
  });

  it('does not multiply a connection\'s other fields (facets, totals) by its page size', () => {
    // 1 (page) + 1 (total) + 1 (facets) + 10 (name) + 10 (buckets) = 23
    expect(errorsOf('{ page(first: 50) { total facets { name buckets } } }', { maxDepth: 5, maxCost: 23 })).toEqual([]);
    expect(errorsOf('{ page(first: 50) { total facets { name buckets } } }', { maxDepth: 5, maxCost: 22 })).toHaveLength(1);
  });
});
