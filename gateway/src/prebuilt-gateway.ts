import type { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';

type ApolloGatewayOptions = NonNullable<ConstructorParameters<typeof ApolloGateway>[0]>;

/** The two ApolloGateway methods (private in its types) that turn an SDL into a supergraph and its services. */
interface GatewayInternals {
  createSchemaFromSupergraphSdl(sdl: string): { supergraph: Supergraph; supergraphSdl: string };
  createServices(services: ReturnType<Supergraph['subgraphsMetadata']>): void;
}

/**
 * An ApolloGateway that plans over a supergraph this process has already built from `supergraphSdl`,
 * instead of parsing, validating and extracting the same SDL a second time: one supergraph (its
 * schema, API schema and extracted subgraphs) held in memory, not two. Any other SDL (an update)
 * is built by ApolloGateway itself, as usual.
 */
export function gatewayOverSupergraph(
  supergraph: Supergraph,
  supergraphSdl: string,
  options: Omit<ApolloGatewayOptions, 'supergraphSdl'>,
): ApolloGateway {
  const gateway = new ApolloGateway({ ...options, supergraphSdl });
  const internals = gateway as unknown as GatewayInternals;
  if (typeof internals.createSchemaFromSupergraphSdl !== 'function' || typeof internals.createServices !== 'function')
    throw new Error('@apollo/gateway no longer builds its supergraph through createSchemaFromSupergraphSdl');
  const own = internals.createSchemaFromSupergraphSdl.bind(gateway);
  internals.createSchemaFromSupergraphSdl = (sdl) => {
    if (sdl !== supergraphSdl) return own(sdl);
    internals.createServices(supergraph.subgraphsMetadata());
    return { supergraph, supergraphSdl: sdl };
  };
  return gateway;
}
