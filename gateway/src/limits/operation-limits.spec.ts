import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { operationLimits, type OperationLimits } from './operation-limits';

const schema = buildSchema(`
  type Query { asset(id: ID!): Asset, assets(first: Int): [Asset!]!, page(first: Int): Connection! }
  type Connection { edges: [Edge!]!, facets: [Facet!]!, total: Int! }
  type Facet { name: String!, buckets: [String!]! }
  type Edge { node: Asset! }
  type Asset { id: ID!, title: String!, related: [Asset!]!, parent: Asset }
`);

const errorsOf = (query: string, limits: Partial<OperationLimits> = {}) =>
  validate(
    schema,
    parse(query),
    operationLimits({ maxDepth: 4, maxCost: 200, maxAliases: 5, maxDirectives: 5, ...limits }),
  ).map((e) => ({ message: e.message, code: e.extensions.code }));

/** `levels` fragments, each spreading the next twice (the document grows linearly, its expansion as 2^levels). */
function exponentialFragments(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Asset { ${i + 1 < levels ? `parent { ...F${i + 1} } related { ...F${i + 1} }` : 'id'} }`,
  );
  return `{ asset(id: "1") { ...F0 } } ${fragments.join(' ')}`;
}

describe('operationLimits', () => {
  it('accepts an operation within both limits', () => {
    expect(errorsOf('{ assets(first: 5) { id title } }')).toEqual([]);
  });

  it('refuses depth beyond the limit, also when hidden in fragments', () => {
    const query = `{ asset(id: "1") { ...A } } fragment A on Asset { parent { parent { parent { parent { id } } } } }`;
    expect(errorsOf(query)).toEqual([
      { message: 'Query depth limit of 4 exceeded, found 6.', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });

  it('multiplies cost by page sizes and list fields', () => {
    // 1 (assets) + 50 (id) + 50 (related) + 50*10*1 (related.id) = 601
    expect(errorsOf('{ assets(first: 50) { id related { id } } }')).toEqual([
      { message: 'Operation cost 601 exceeds the limit of 200', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });

  it('counts a connection page once: its edges are the page `first` asked for', () => {
    // 1 (page) + 1 (edges) + 50 (node) + 50 (id) = 102, not 10 times that.
    expect(errorsOf('{ page(first: 50) { edges { node { id } } } }', { maxDepth: 5, maxCost: 102 })).toEqual([]);
    expect(errorsOf('{ page(first: 50) { edges { node { id } } } }', { maxDepth: 5, maxCost: 101 })).toEqual([
      { message: 'Operation cost 102 exceeds the limit of 101', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });

  it("does not multiply a connection's other fields (facets, totals) by its page size", () => {
    // 1 (page) + 1 (total) + 1 (facets) + 10 (name) + 10 (buckets) = 23
    expect(errorsOf('{ page(first: 50) { total facets { name buckets } } }', { maxDepth: 5, maxCost: 23 })).toEqual([]);
    expect(
      errorsOf('{ page(first: 50) { total facets { name buckets } } }', { maxDepth: 5, maxCost: 22 }),
    ).toHaveLength(1);
  });

  it('measures fragments that spread each other exponentially in linear time, and refuses them', () => {
    // 30 levels once kept the gateway busy for minutes: every spread was walked again.
    const query = exponentialFragments(30);
    const started = performance.now();
    const errors = validate(schema, parse(query), [
      ...specifiedRules,
      ...operationLimits({ maxDepth: 100, maxCost: 5000, maxAliases: 15, maxDirectives: 50 }),
    ]);
    const elapsed = performance.now() - started;
    expect(errors.map((e) => ({ message: e.message, code: e.extensions.code }))).toEqual([
      { message: 'Operation cost over 9007199254740991 exceeds the limit of 5000', code: 'OPERATION_TOO_COMPLEX' },
    ]);
    expect(elapsed).toBeLessThan(100);
  });

  it('counts cost through fragments as often as they are spread, with each page size', () => {
    const query =
      '{ asset(id: "1") { ...A ...A } } fragment A on Asset { related { ...B } } fragment B on Asset { id title }';
    // 1 (asset) + 2 * (1 (related) + 10 * 2 (id, title)) = 43
    expect(errorsOf(query, { maxCost: 43 })).toEqual([]);
    expect(errorsOf(query, { maxCost: 42 })).toEqual([
      { message: 'Operation cost 43 exceeds the limit of 42', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });

  it('counts every alias, also those in fragments spread more than once', () => {
    const query =
      '{ a: asset(id: "1") { id } b: asset(id: "2") { ...Two } c: asset(id: "3") { ...Two } } fragment Two on Asset { x: id y: title }';
    expect(errorsOf(query, { maxAliases: 7 })).toEqual([]);
    expect(errorsOf(query, { maxAliases: 6 })).toEqual([
      { message: 'Aliases limit of 6 exceeded, found 7.', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });

  it('limits directives', () => {
    const query = '{ asset(id: "1") { id @skip(if: false) title @include(if: true) parent @skip(if: false) { id } } }';
    expect(errorsOf(query, { maxDirectives: 3 })).toEqual([]);
    expect(errorsOf(query, { maxDirectives: 2 })).toEqual([
      { message: 'Directives limit of 2 exceeded, found 3.', code: 'OPERATION_TOO_COMPLEX' },
    ]);
  });
});
