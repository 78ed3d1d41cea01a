import { DELIVERY_PRESETS, type DeliveryProfileSpec } from '@mam/media';
import { requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { profilesRepository, type ProfileRow } from '../../repositories/profiles.repository';

export interface ProfileView {
  id: string;
  name: string;
  builtIn: boolean;
  spec: DeliveryProfileSpec;
}

export const presetViews = (): ProfileView[] =>
  DELIVERY_PRESETS.map((preset) => ({ id: preset.id, name: preset.name, builtIn: true, spec: preset.spec }));
export const profileView = (row: ProfileRow): ProfileView => ({
  id: row.id,
  name: row.name,
  builtIn: false,
  spec: row.spec,
});

/** The built-in presets, then the workspace's own profiles. */
export async function listProfiles(context: DistributionContext): Promise<ProfileView[]> {
  const identity = requireIdentity(context);
  return [
    ...presetViews(),
    ...(await profilesRepository.list(context.dataSource, identity.workspaceId)).map(profileView),
  ];
}
