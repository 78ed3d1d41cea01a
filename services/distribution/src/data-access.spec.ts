import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Resolver -> use case in domain/ -> repository: only repositories/ (and migrations) talk SQL.
const layers = ['domain', 'resolvers', 'jobs', 'events', 'destinations'];
const sql = /\.query\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : []));
}

it('keeps SQL out of resolvers, use cases, workers and job handlers', () => {
  const offenders = layers
    .flatMap((layer) => files(join(__dirname, layer)))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ file: relative(__dirname, file), line: i + 1, text: line.trim() })))
    .filter((line) => sql.test(line.text))
    .map((line) => `${line.file}:${line.line}: ${line.text}`);
  expect(offenders).toEqual([]);
});
