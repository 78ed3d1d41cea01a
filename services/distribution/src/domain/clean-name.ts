import { badInput } from '@mam/graphql';

/** A profile's, destination's or rule's name: trimmed, 1 to 120 characters. */
export function cleanName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 120) throw badInput('A name needs 1 to 120 characters', field);
  return trimmed;
}
