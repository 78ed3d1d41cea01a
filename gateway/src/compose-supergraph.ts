import { composeServices } from '@apollo/composition';
import { writeFileSync } from 'node:fs';
import { graphqlUrl } from '@mam/config';
import { loadSchema } from '@mam/graphql';
import { SUBGRAPHS, schemaPath, supergraphPath } from './subgraphs';

/** Composes the five subgraph SDL files into the supergraph the gateway serves; throws on composition errors. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: graphqlUrl('127.0.0.1', port),
      typeDefs: loadSchema(schemaPath(name)),
    })),
  );
  if (result.errors)
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (require.main === module) {
  try {
    writeFileSync(supergraphPath, composeSupergraph());
    process.stdout.write(`Wrote ${supergraphPath}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
