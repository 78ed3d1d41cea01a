import { join } from 'node:path';
import { SERVICES, type ServiceName } from '@mam/config';

/** The five subgraphs, in composition order, with their default local port: the one service list. */
export const SUBGRAPHS = SERVICES;

export type SubgraphName = ServiceName;

export const repoRoot = join(__dirname, '..', '..');
export const schemaPath = (name: SubgraphName) => join(repoRoot, 'services', name, 'src', 'schema.graphql');
export const supergraphPath = join(repoRoot, 'gateway', 'supergraph.graphql');
