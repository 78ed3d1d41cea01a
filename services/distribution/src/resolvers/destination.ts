import type { DestinationView } from '../domain/destinations/list-destinations';

export const DestinationResolvers = {
  kind: (destination: DestinationView) => destination.kind.toUpperCase(),
  createdAt: (destination: DestinationView) => destination.createdAt.toISOString(),
};
