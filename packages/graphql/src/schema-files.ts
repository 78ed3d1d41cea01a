import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefinitionNode, type DocumentNode } from 'graphql';
import { sourcePath } from '@mam/config';

/**
 * Reads a service's Federation SDL: one `.graphql` file, or a folder of them (one per domain),
 * read in name order and joined into one document.
 */
export function loadSchema(given: string): DocumentNode {
  const path = sourcePath(given);
  if (!statSync(path).isDirectory()) return parse(readFileSync(path, 'utf8'));
  const files = readdirSync(path)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`No .graphql files in ${path}`);
  const definitions: DefinitionNode[] = files.flatMap(
    (name) => parse(readFileSync(join(path, name), 'utf8')).definitions,
  );
  return { kind: 'Document' as DocumentNode['kind'], definitions };
}
