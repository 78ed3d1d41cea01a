import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The five subgraphs, in composition order, with where their SDL lives and their default local URL. */
export const SUBGRAPHS = [
  { name: 'assets', port: 4001 },
  { name: 'ingest', port: 4002 },
  { name: 'review', port: 4003 },
  { name: 'distribution', port: 4004 },
  { name: 'archive', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const repoRoot = join(__dirname, '..', '..');
/** A subgraph's SDL: its src/schema/ folder (one file per domain) when it has one, else src/schema.graphql. */
export const schemaPath = (name: SubgraphName) => {
  const folder = join(repoRoot, 'services', name, 'src', 'schema');
  return existsSync(folder) ? folder : join(repoRoot, 'services', name, 'src', 'schema.graphql');
};
export const supergraphPath = join(repoRoot, 'gateway', 'supergraph.graphql');
