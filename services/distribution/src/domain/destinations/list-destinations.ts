import { requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { destinationsRepository, type DestinationRow } from '../../repositories/destinations.repository';

/** A destination as the API shows it: never its credentials, only whether it has some. */
export interface DestinationView {
  id: string;
  name: string;
  kind: DestinationRow['kind'];
  settings: DestinationRow['settings'];
  hasCredentials: boolean;
  territory: string | null;
  channel: string | null;
  createdAt: Date;
}

export const destinationView = (row: DestinationRow): DestinationView => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  settings: row.settings,
  hasCredentials: row.sealed_secret !== null,
  territory: row.territory,
  channel: row.channel,
  createdAt: row.created_at,
});

export async function listDestinations(context: DistributionContext): Promise<DestinationView[]> {
  const identity = requireIdentity(context);
  return (await destinationsRepository.list(context.dataSource, identity.workspaceId)).map(destinationView);
}
