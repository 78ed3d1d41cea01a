import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const webDir = join(__dirname, '..');
export const apiSchemaPath = join(webDir, 'schema.graphql');
const supergraphPath = join(webDir, '..', 'gateway', 'supergraph.graphql');

/** The public API schema the gateway serves, printed from the checked-in supergraph. */
export function printApiSchema(): string {
  const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'));
  return `# Generated from gateway/supergraph.graphql by web/scripts/api-schema.ts; do not edit.\n${printSchema(supergraph.apiSchema().toGraphQLJSSchema())}\n`;
}

if (require.main === module) {
  writeFileSync(apiSchemaPath, printApiSchema());
  process.stdout.write(`Wrote ${apiSchemaPath}\n`);
}
