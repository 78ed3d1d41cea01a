/**
 * Preloaded (`node --require .build/scripts/compiled-imports.js`) by every process that runs the
 * compiled tree: workspaces export their TypeScript entry points (`src/index.ts`) for the type
 * checker, tests and tools, so a workspace import that resolves to a `.ts` file of this repository
 * is sent to its compiled twin under `.build/` instead. No TypeScript is compiled at run time.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// This file runs from .build/scripts/ when compiled, from scripts/ under tsx and jest.
const compiled = __filename.endsWith('.js');
const repoRoot = resolve(__dirname, compiled ? '../..' : '..');
const compiledRoot = join(repoRoot, '.build');

/** The compiled file for a TypeScript source of this repository, or null for anything else. */
export function compiledTwin(sourceFile: string): string | null {
  if (!sourceFile.endsWith('.ts') || !sourceFile.startsWith(repoRoot + sep)) return null;
  if (sourceFile.startsWith(compiledRoot + sep) || sourceFile.includes(`${sep}node_modules${sep}`)) return null;
  return join(compiledRoot, relative(repoRoot, sourceFile)).replace(/\.ts$/, '.js');
}

// Only as compiled JavaScript: under tsx or jest the TypeScript sources are meant to run.
if (compiled) {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (!resolved.url?.startsWith('file:')) return resolved;
      const twin = compiledTwin(fileURLToPath(resolved.url));
      if (!twin) return resolved;
      if (!existsSync(twin)) throw new Error(`${relative(repoRoot, twin)} is missing: run \`npm run build\``);
      return { ...resolved, url: pathToFileURL(twin).href, format: 'commonjs' };
    },
  });
}
