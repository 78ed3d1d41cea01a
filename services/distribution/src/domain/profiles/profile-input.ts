import { describeDeliveryProblems, validateDeliveryProfile } from '@mam/media';
import { badInput } from '@mam/graphql';
import { profileSpecShape, type ParsedSpec } from './profile-spec-shape';
import { cleanName } from '../clean-name';

/** A profile's name and settings as a client sends them, checked: each impossible setting is refused with its reason. */
export function parseProfileInput(input: { name: string; spec: unknown }): { name: string; spec: ParsedSpec } {
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
  return { name, spec };
}
