import type { AssetRights } from './rights-refusal';

/**
 * An asset's metadata as its `asset.updated` event carries it (metadata_json): the JSON object, or
 * null when it is not one (an event no consumer can make sense of).
 */
export function metadataObject(json: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(json || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: not an object either.
  }
  return null;
}

/** The rights_* fields of an asset's metadata, the only ones the rights gate reads. */
export function assetRights(metadata: Record<string, unknown>): AssetRights {
  const { rights_licence, rights_expires, rights_territories, rights_channels } = metadata;
  return Object.fromEntries(
    Object.entries({ rights_licence, rights_expires, rights_territories, rights_channels }).filter(
      ([, value]) => value !== undefined && value !== null,
    ),
  );
}
