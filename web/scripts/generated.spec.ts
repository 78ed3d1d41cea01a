import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiSchemaPath, printApiSchema, webDir } from './api-schema';

describe('generated GraphQL types of the web app', () => {
  it('schema.graphql is the API schema of the checked-in supergraph (run `npm run generate -w web`)', () => {
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(printApiSchema());
  });

  it('src/gql matches a fresh generation from the schema and the operations in src (run `npm run generate -w web`)', () => {
    // Code Generator is ESM inside; it runs in its own process.
    const tsx = join(webDir, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const outputs = JSON.parse(
      execFileSync(process.execPath, [tsx, join(webDir, 'scripts', 'generate-in-memory.ts')], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as Array<{ filename: string; content: string }>;
    expect(outputs.map((o) => resolve(webDir, o.filename))).toContain(join(webDir, 'src', 'gql', 'graphql.ts'));
    for (const output of outputs) {
      expect({ file: output.filename, content: readFileSync(resolve(webDir, output.filename), 'utf8') }).toEqual({
        file: output.filename,
        content: output.content,
      });
    }
  }, 120_000);
});
