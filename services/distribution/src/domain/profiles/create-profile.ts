import { describeDeliveryProblems, validateDeliveryProfile } from '@mam/media';
import { badInput, conflict, requireWriter } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { DistributionContext } from '../../context';
import { profilesRepository } from '../../repositories/profiles.repository';
import { profileView, type ProfileView } from './list-profiles';
import { profileSpecShape, type ParsedSpec } from './profile-spec-shape';
import { cleanName } from '../clean-name';

/** Saves a workspace profile once its settings can be made: each impossible setting is refused with its reason. */
export async function createProfile(
  context: DistributionContext,
  input: { name: string; spec: unknown },
): Promise<ProfileView> {
  const identity = requireWriter(context);
  const name = cleanName(input.name);
  const parsed = profileSpecShape.safeParse(input.spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(
      `Profile settings are malformed at ${issue.path.join('.') || 'spec'}: ${issue.message}`,
      `spec.${issue.path.join('.')}`,
    );
  }
  const spec = parsed.data as ParsedSpec;
  const problems = validateDeliveryProfile(spec);
  if (problems.length)
    throw badInput(`Impossible profile: ${describeDeliveryProblems(problems)}`, `spec.${problems[0].field}`);
  const row = await profilesRepository.insert(context.dataSource, {
    id: uuidv7(),
    workspace_id: identity.workspaceId,
    name,
    spec,
  });
  if (!row) throw conflict(`A delivery profile named ${name} exists already`);
  return profileView(row);
}
