export * from './access';
export * from './errors';
export * from './format-error';
export * from './identity';
export * from './subgraph-server';
export * from './json-scalar';
export * from './asset-roles';
export * from './expiring-cache';
