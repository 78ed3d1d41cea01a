import { conflict, isUuid, notFound, requireWriter } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { profilesRepository } from '../../repositories/profiles.repository';
import { profileView, type ProfileView } from './list-profiles';
import { parseProfileInput } from './profile-input';

/**
 * Changes a workspace profile's name and settings, checked as a new one's are. Rules naming it
 * deliver the new settings from now on; deliveries made already keep the settings they used.
 */
export async function updateProfile(
  context: DistributionContext,
  id: string,
  input: { name: string; spec: unknown },
): Promise<ProfileView> {
  const identity = requireWriter(context);
  const { name, spec } = parseProfileInput(input);
  if (!isUuid(id)) throw notFound('Delivery profile not found (built-in presets cannot be changed)');
  const result = await profilesRepository.update(context.dataSource, identity.workspaceId, id, { name, spec });
  if (result === 'name-taken') throw conflict(`A delivery profile named ${name} exists already`);
  if (!result) throw notFound('Delivery profile not found (built-in presets cannot be changed)');
  return profileView(result);
}
