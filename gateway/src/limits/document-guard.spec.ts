import { findDocumentProblem } from './document-guard';

const limits = { maxBytes: 100_000, maxTokens: 5000 };
const nested = (depth: number) => `{ a(v: ${'['.repeat(depth)}1${']'.repeat(depth)}) }`;

describe('findDocumentProblem', () => {
  it('passes ordinary documents, and leaves syntax errors and token counts to the parser', () => {
    expect(
      findDocumentProblem('query($id: ID!) { asset(id: $id) { id title versions { id } } }', limits),
    ).toBeUndefined();
    expect(findDocumentProblem('{ asset(id: "unterminated) }', limits)).toBeUndefined();
    expect(findDocumentProblem(nested(240), limits)).toBeUndefined();
  });

  it('refuses a document with too many bytes', () => {
    expect(findDocumentProblem(`{ a(v: "${'x'.repeat(200)}") }`, { ...limits, maxBytes: 100 })).toEqual({
      status: 413,
      message: 'The operation document has 212 bytes; the limit is 100',
    });
  });

  it('refuses nesting the recursive parser could not take, within the token limit', () => {
    // 2,400 levels are under 5,000 tokens yet overflow graphql-js's parser or validator.
    expect(findDocumentProblem(nested(2400), limits)).toEqual({
      status: 400,
      message: 'The operation document nests brackets more than 256 deep',
    });
    expect(findDocumentProblem(`{ ${'a { '.repeat(300)}b${' }'.repeat(300)} }`, limits)).toMatchObject({ status: 400 });
  });
});
