import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, sourcePath, type ServiceName } from '@mam/config';

/** The five subgraphs, in composition order, with their default local port: the one service list. */
export const SUBGRAPHS = SERVICES;

export type SubgraphName = ServiceName;

export const repoRoot = sourcePath(join(__dirname, '..', '..'));
/** A subgraph's SDL: its src/schema/ folder (one file per domain) when it has one, else src/schema.graphql. */
export const schemaPath = (name: SubgraphName) => {
  const folder = join(repoRoot, 'services', name, 'src', 'schema');
  return existsSync(folder) ? folder : join(repoRoot, 'services', name, 'src', 'schema.graphql');
};
export const supergraphPath = join(repoRoot, 'gateway', 'supergraph.graphql');
