import { parse } from 'graphql';
import { findInputProblem } from './input-limits';

const nestedList = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const nestedJson = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('findInputProblem', () => {
  it('accepts ordinary arguments and variables', () => {
    const document = parse(
      'mutation($input: CreateAssetInput!) { createAsset(input: $input, tags: ["a", "b"], meta: {a: [1, 2.5, {b: "c"}]}) { id } }',
    );
    expect(
      findInputProblem(document, { input: { title: 'Harbour', values: [[1, 2], { x: 'y' }] } }, { maxDepth: 4 }),
    ).toBeUndefined();
  });

  it('names an argument or variable that holds a NUL character', () => {
    expect(findInputProblem(parse('{ searchAssets(query: "a\\u0000b") { total } }'), {})).toEqual({
      field: 'query',
      message: 'Argument query contains a NUL character, which text cannot hold',
    });
    expect(
      findInputProblem(parse('mutation { createAsset(input: {title: "x", description: "\\u0000"}) { id } }'), {}),
    ).toMatchObject({ field: 'input.description' });
    expect(
      findInputProblem(parse('mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }'), {
        input: { title: 'ok', tags: ['fine', 'bad\u0000'] },
      }),
    ).toEqual({
      field: 'input.tags[1]',
      message: 'Variable $input.tags[1] contains a NUL character, which text cannot hold',
    });
    expect(findInputProblem(parse('{ a(x: $v) }'), { v: { 'k\u0000': 1 } })).toMatchObject({ field: 'v' });
  });

  it('names numbers beyond double range, written as literals or sent as variables', () => {
    expect(
      findInputProblem(parse('mutation { setAssetMetadata(assetId: "1", values: {rating: 1e400}) { id } }'), {}),
    ).toEqual({ field: 'values.rating', message: 'Argument values.rating is a number out of range: 1e400' });
    expect(findInputProblem(parse(`{ a(n: ${'9'.repeat(400)}) }`), {})).toMatchObject({ field: 'n' });
    expect(findInputProblem(parse('{ a(v: $v) }'), { v: { rating: JSON.parse('1e400') } })).toEqual({
      field: 'v.rating',
      message: 'Variable $v.rating is a number out of range',
    });
  });

  it('refuses nesting beyond the limit in literals, defaults and variables, at any depth without overflowing the stack', () => {
    expect(findInputProblem(parse(`{ a(v: ${nestedList(3)}) }`), {}, { maxDepth: 3 })).toBeUndefined();
    expect(findInputProblem(parse(`{ a(v: ${nestedList(4)}) }`), {}, { maxDepth: 3 })).toEqual({
      field: 'v',
      message: 'Argument v nests lists and objects deeper than 3 levels',
    });
    expect(findInputProblem(parse(`query($v: JSON = ${nestedList(40)}) { a(v: $v) }`), {})).toMatchObject({
      field: '$v',
    });
    expect(findInputProblem(parse('{ a(v: $v) }'), { v: nestedJson(3) }, { maxDepth: 3 })).toBeUndefined();
    expect(findInputProblem(parse('{ a(v: $v) }'), { v: nestedJson(50_000) })).toEqual({
      field: `v${'[0]'.repeat(32)}`,
      message: `Variable $v${'[0]'.repeat(32)} nests lists and objects deeper than 32 levels`,
    });
  });
});
