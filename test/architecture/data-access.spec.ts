import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The data-access rule: resolver -> use case in domain/ -> repository. Only repositories/ (and
 * migrations, and the kernel package owning a table) talk SQL or TypeORM; resolvers, use cases,
 * workers, event consumers and job handlers call repositories.
 */
const root = join(__dirname, '..', '..');
const LAYERS = ['resolvers', 'domain', 'workers', 'events', 'jobs'];

/** A line that is SQL, or a query through TypeORM, names where it happens. */
const DATA_ACCESS = [
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WITH RECURSIVE|LOCK TABLE)\b/,
  /\b(manager|dataSource|db|entityManager|queryRunner|connection|tx)\.query\s*[<(]/,
  /\.(createQueryBuilder|getRepository)\s*[<(]/,
  /\bmanager\.(find\w*|save|insert|update|delete|upsert|count\w*|exists\w*|increment|decrement|remove|softDelete|restore|sum|average|minimum|maximum)\s*[<(]/,
];

const isComment = (line: string) => /^(\/\/|\/\*|\*)/.test(line);

function accessesData(line: string): boolean {
  const text = line.trim();
  return !isComment(text) && DATA_ACCESS.some((pattern) => pattern.test(text));
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function checkedFiles(): string[] {
  const services = readdirSync(join(root, 'services'));
  return services.flatMap((service) =>
    LAYERS.flatMap((layer) => sourceFiles(join(root, 'services', service, 'src', layer))),
  );
}

function offenders(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (accessesData(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('the data-access rule', () => {
  it('tells data access from everything else', () => {
    for (const line of [
      "await manager.query('SELECT 1 FROM assets WHERE id = $1', [id]);",
      'const rows = await context.dataSource.query(sql, params);',
      'const [row] = await db.query<Row[]>(sql);',
      '`INSERT INTO uploads (id) VALUES ($1)`,',
      'await manager.update(AssetEntity, { id }, { title });',
      'return dataSource.manager.findOneBy(AssetEntity, { id });',
      'context.dataSource.getRepository(AssetEntity).findBy({ id: In(ids) })',
      "manager.createQueryBuilder().select('a').from(AssetEntity, 'a')",
    ])
      expect({ line, flagged: accessesData(line) }).toEqual({ line, flagged: true });
    for (const line of [
      'const savedQuery = check.query(input.query, savedFilters !== null);',
      'await assetWriteRepository.updateAtRevision(manager, before.id, before.revision, next);',
      'return dataSource.transaction(async (manager) => placeAssets(manager, collection));',
      '// the UPDATE ... RETURNING answers rows and a count',
      " * SELECT is the repository's business",
      'const found = ids.find((id) => id === wanted);',
    ])
      expect({ line, flagged: accessesData(line) }).toEqual({ line, flagged: false });
  });

  it("keeps SQL and TypeORM queries out of every service's resolvers, use cases, workers, consumers and jobs", () => {
    const files = checkedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(offenders(files)).toEqual([]);
  });
});
