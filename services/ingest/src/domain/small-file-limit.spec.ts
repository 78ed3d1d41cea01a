import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_FILE_LIMIT, SMALL_FILE_MAX_BYTES, smallFileTooLarge } from './small-file-limit';

const root = join(__dirname, '..', '..', '..', '..');
const sizesIn = (text: string) => text.match(/\d+(?:\.\d+)?\s?[KMG]i?B/g) ?? [];

describe('the uploadSmallFile limit', () => {
  it('is 1 MiB', () => {
    expect(SMALL_FILE_MAX_BYTES).toBe(1024 * 1024);
    expect(SMALL_FILE_LIMIT).toBe('1 MiB');
  });

  it('is stated the same in the schema, the composed supergraph, the README and the error', () => {
    const schema = readFileSync(join(root, 'services', 'ingest', 'src', 'schema.graphql'), 'utf8');
    const field = schema.slice(
      schema.indexOf('input SmallFileUploadInput'),
      schema.indexOf('contentBase64: String!', schema.indexOf('input SmallFileUploadInput')),
    );
    expect(sizesIn(field)).toEqual([SMALL_FILE_LIMIT]);
    const supergraph = readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8');
    const composed = supergraph.slice(
      supergraph.indexOf('input SmallFileUploadInput'),
      supergraph.indexOf('contentBase64: String!', supergraph.indexOf('input SmallFileUploadInput')),
    );
    expect(sizesIn(composed)).toEqual([SMALL_FILE_LIMIT]);
    const readmeLines = readFileSync(join(root, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('uploadSmallFile'));
    expect(readmeLines.length).toBeGreaterThan(0);
    for (const line of readmeLines) expect(sizesIn(line)).toEqual([SMALL_FILE_LIMIT]);
    expect(sizesIn(smallFileTooLarge(SMALL_FILE_MAX_BYTES + 1))).toEqual([SMALL_FILE_LIMIT]);
  });
});
