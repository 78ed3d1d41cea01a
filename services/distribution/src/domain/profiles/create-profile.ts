import { conflict, requireWriter } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { DistributionContext } from '../../context';
import { profilesRepository } from '../../repositories/profiles.repository';
import { profileView, type ProfileView } from './list-profiles';
import { parseProfileInput } from './profile-input';

/** Saves a workspace profile once its settings can be made: each impossible setting is refused with its reason. */
export async function createProfile(
  context: DistributionContext,
  input: { name: string; spec: unknown },
): Promise<ProfileView> {
  const identity = requireWriter(context);
  const { name, spec } = parseProfileInput(input);
  const row = await profilesRepository.insert(context.dataSource, {
    id: uuidv7(),
    workspace_id: identity.workspaceId,
    name,
    spec,
  });
  if (!row) throw conflict(`A delivery profile named ${name} exists already`);
  return profileView(row);
}
