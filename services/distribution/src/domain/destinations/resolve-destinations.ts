import type { EntityManager } from 'typeorm';
import { badInput } from '@mam/graphql';
import { destinationsRepository, type DestinationRow } from '../../repositories/destinations.repository';

/** The named destinations of a workspace, in order; an unknown one is refused by id. */
export async function resolveDestinations(
  db: Pick<EntityManager, 'query'>,
  workspaceId: string,
  ids: string[],
  field = 'destinationIds',
): Promise<DestinationRow[]> {
  if (!ids.length) throw badInput('Name at least one destination', field);
  if (new Set(ids).size !== ids.length) throw badInput('A destination is named twice', field);
  const found = new Map((await destinationsRepository.findMany(db, workspaceId, ids)).map((row) => [row.id, row]));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw badInput(`Unknown destination: ${unknown.join(', ')}`, field);
  return ids.map((id) => found.get(id)!);
}
