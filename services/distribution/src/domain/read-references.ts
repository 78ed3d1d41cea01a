import { requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../context';
import { destinationsRepository } from '../repositories/destinations.repository';
import { profilesRepository } from '../repositories/profiles.repository';
import { destinationView, type DestinationView } from './destinations/list-destinations';
import { presetViews, profileView, type ProfileView } from './profiles/list-profiles';

/** The caller's workspace's profiles among these ids, in order (removed ones left out). */
export async function profilesByIds(context: DistributionContext, ids: string[]): Promise<ProfileView[]> {
  const identity = requireIdentity(context);
  const presets = new Map(presetViews().map((view) => [view.id, view]));
  const own = new Map(
    (
      await profilesRepository.findMany(
        context.dataSource,
        identity.workspaceId,
        ids.filter((id) => !presets.has(id)),
      )
    ).map((row) => [row.id, profileView(row)]),
  );
  return ids.flatMap((id) => presets.get(id) ?? own.get(id) ?? []);
}

/** The caller's workspace's destinations among these ids, in order (removed ones left out). */
export async function destinationsByIds(context: DistributionContext, ids: string[]): Promise<DestinationView[]> {
  const identity = requireIdentity(context);
  const found = new Map(
    (await destinationsRepository.findMany(context.dataSource, identity.workspaceId, ids)).map((row) => [
      row.id,
      destinationView(row),
    ]),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}
