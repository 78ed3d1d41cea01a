import type { EntityManager } from 'typeorm';
import { badInput } from '@mam/graphql';
import { profilesRepository } from '../../repositories/profiles.repository';
import { presetViews, profileView, type ProfileView } from './list-profiles';

type Db = Pick<EntityManager, 'query'>;

/** The named profiles of a workspace (presets by name, its own by id), in order; an unknown one is refused by name. */
export async function resolveProfiles(
  db: Db,
  workspaceId: string,
  ids: string[],
  field = 'profileIds',
): Promise<ProfileView[]> {
  if (!ids.length) throw badInput('Name at least one delivery profile', field);
  if (new Set(ids).size !== ids.length) throw badInput('A profile is named twice', field);
  const presets = new Map(presetViews().map((view) => [view.id, view]));
  const own = new Map(
    (
      await profilesRepository.findMany(
        db,
        workspaceId,
        ids.filter((id) => !presets.has(id)),
      )
    ).map((row) => [row.id, profileView(row)]),
  );
  const unknown = ids.filter((id) => !presets.has(id) && !own.has(id));
  if (unknown.length) throw badInput(`Unknown delivery profile: ${unknown.join(', ')}`, field);
  return ids.map((id) => presets.get(id) ?? own.get(id)!);
}
