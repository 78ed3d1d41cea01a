import type { ArchiveLocation } from './archive-location';

/**
 * Where an archive's copies go: the locations a policy names, in its order, or else the first
 * `copies` configured ones. Throws with the names that are not configured (a policy made before a
 * location was taken out of ARCHIVE_LOCATIONS).
 */
export function copyLocations(
  configured: ArchiveLocation[],
  copies: number,
  names: readonly string[] | null | undefined,
): ArchiveLocation[] {
  if (!names?.length) return configured.slice(0, copies);
  const missing = names.filter((name) => !configured.some((location) => location.name === name));
  if (missing.length) throw new Error(`archive location ${missing.join(', ')} is not configured`);
  return names.map((name) => configured.find((location) => location.name === name)!);
}
