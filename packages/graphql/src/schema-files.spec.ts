import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { loadSchema } from './schema-files';

describe('loadSchema', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'schema-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('joins a folder of .graphql files in name order into one document', () => {
    writeFileSync(join(dir, 'b-things.graphql'), 'extend type Query { thing: String }');
    writeFileSync(join(dir, 'a-core.graphql'), 'type Query { core: Int }');
    writeFileSync(join(dir, 'notes.md'), 'not SDL');
    expect(print(loadSchema(dir))).toBe('type Query {\n  core: Int\n}\n\nextend type Query {\n  thing: String\n}');
  });

  it('reads a single file as it is', () => {
    writeFileSync(join(dir, 'schema.graphql'), 'type Query { one: ID }');
    expect(print(loadSchema(join(dir, 'schema.graphql')))).toBe('type Query {\n  one: ID\n}');
  });

  it('refuses an empty folder', () => {
    expect(() => loadSchema(dir)).toThrow(`No .graphql files in ${dir}`);
  });
});
