import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/** Reads a service's Federation SDL file (schema.graphql beside its sources). */
export function loadSchema(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}
