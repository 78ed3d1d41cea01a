import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The workspaces depend on each other downward only, through each other's public entry points:
 * packages/ (the kernel) never imports a service, the gateway or the composition root; nobody
 * reaches into another workspace's files; every workspace declares the workspaces it uses and
 * has an exports map.
 */
const root = join(__dirname, '..', '..');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };

interface Workspace {
  name: string;
  dir: string;
  manifest: {
    name: string;
    exports?: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
}

function workspaces(): Workspace[] {
  const dirs = rootManifest.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2))).map((d) => join(pattern.slice(0, -2), d))
      : [pattern],
  );
  return dirs
    .filter((dir) => statSync(join(root, dir)).isDirectory())
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      return { name: manifest.name, dir, manifest };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** Every `@mam/...` module a file imports, exports from or requires. */
function mamImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"](@mam\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1]);
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, 2).join('/');
const KERNEL_DIR = 'packages/';
const ABOVE_THE_KERNEL = (ws: Workspace) => !ws.dir.startsWith(KERNEL_DIR) && ws.name !== '@mam/proto';

const all = workspaces();
const byName = new Map(all.map((ws) => [ws.name, ws]));
const everyImport = all.flatMap((ws) =>
  sourceFiles(join(root, ws.dir)).flatMap((file) =>
    mamImports(file).map((specifier) => ({ ws, file: relative(root, file), specifier })),
  ),
);
const outsideWorkspaces = ['test', 'bench', 'scripts'].flatMap((dir) =>
  sourceFiles(join(root, dir)).flatMap((file) =>
    mamImports(file).map((specifier) => ({ file: relative(root, file), specifier })),
  ),
);

describe('workspace dependencies', () => {
  it('finds the workspaces and their imports', () => {
    expect(all.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(['@mam/assets', '@mam/gateway', '@mam/system', '@mam/graphql', '@mam/testkit']),
    );
    expect(everyImport.length).toBeGreaterThan(100);
  });

  it('never reach into another workspace’s files, only its entry points', () => {
    const deep = [...everyImport, ...outsideWorkspaces]
      .filter(
        ({ specifier }) =>
          byName.has(packageOf(specifier)) &&
          specifier !== packageOf(specifier) &&
          !(byName.get(packageOf(specifier))!.manifest.exports ?? {})[
            `.${specifier.slice(packageOf(specifier).length)}`
          ],
      )
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(deep).toEqual([]);
  });

  it('point downward: the kernel in packages/ imports no service, gateway or composition root', () => {
    const upward = everyImport
      .filter(
        ({ ws, specifier }) =>
          ws.dir.startsWith(KERNEL_DIR) &&
          byName.has(packageOf(specifier)) &&
          ABOVE_THE_KERNEL(byName.get(packageOf(specifier))!),
      )
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(upward).toEqual([]);
  });

  it('are declared in each workspace’s package.json', () => {
    const undeclared = everyImport
      .filter(({ ws, specifier }) => {
        const used = packageOf(specifier);
        return (
          used !== ws.name &&
          byName.has(used) &&
          !ws.manifest.dependencies?.[used] &&
          !ws.manifest.devDependencies?.[used]
        );
      })
      .map(({ ws, specifier }) => `${ws.name} uses ${packageOf(specifier)}`);
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('each workspace has an exports map naming its entry points', () => {
    expect(all.filter((ws) => !ws.manifest.exports?.['.']).map((ws) => ws.name)).toEqual([]);
  });
});
