import type { FieldChange } from '../../entities/asset-history.entity';
import type { MetadataScalar } from '../../entities/asset.entity';
import type { MetadataFieldError } from '../assets/asset-errors';
import type { MetadataFieldDefinition } from './metadata-field-definition';
import { displayMetadataValue, validateMetadataValue } from './validate-metadata-value';

export const METADATA_EDITS_MAX = 100;

export interface MetadataEdit {
  key: string;
  /** null (or absent) clears the field. */
  value?: unknown;
}

/** Edits checked against their fields, independent of any asset: value to store, or null to clear. */
export interface CheckedEdits {
  values: Map<string, MetadataScalar | null>;
  errors: MetadataFieldError[];
}

/** Checks every edit and reports every problem: unknown or repeated keys and values that do not fit their field. */
export function checkMetadataEdits(
  fields: ReadonlyMap<string, MetadataFieldDefinition>,
  edits: MetadataEdit[],
): CheckedEdits {
  const values = new Map<string, MetadataScalar | null>();
  const errors: MetadataFieldError[] = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    if (seen.has(edit.key)) {
      errors.push({ key: edit.key, message: 'is given more than once' });
      continue;
    }
    seen.add(edit.key);
    const field = fields.get(edit.key);
    if (!field) {
      errors.push({ key: edit.key, message: 'is not a metadata field of this workspace' });
      continue;
    }
    if (edit.value === null || edit.value === undefined) {
      values.set(edit.key, null);
      continue;
    }
    const check = validateMetadataValue(field, edit.value);
    if (check.ok) values.set(edit.key, check.value);
    else errors.push({ key: edit.key, message: check.message });
  }
  return { values, errors };
}

/** Keys a value is required for on assets of `assetType`: required fields listed by a schema for that type. */
export function requiredKeysFor(
  assetType: string | null,
  schemas: { name: string; assetTypes: string[]; fieldKeys: string[] }[],
  fields: ReadonlyMap<string, MetadataFieldDefinition>,
): Map<string, string> {
  const required = new Map<string, string>();
  if (!assetType) return required;
  for (const schema of schemas) {
    if (!schema.assetTypes.includes(assetType)) continue;
    for (const key of schema.fieldKeys)
      if (fields.get(key)?.required && !required.has(key)) required.set(key, schema.name);
  }
  return required;
}

function same(a: MetadataScalar | undefined, b: MetadataScalar | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies checked edits to an asset's current metadata: the next metadata, what changed (for
 * history) and every problem: the edits' own, and required fields left without a value (a field
 * whose edit was already refused is not reported twice).
 */
export function applyMetadataValues(
  current: Record<string, MetadataScalar>,
  checked: CheckedEdits,
  required: ReadonlyMap<string, string>,
) {
  const next: Record<string, MetadataScalar> = { ...current };
  const changes: FieldChange[] = [];
  for (const [key, value] of checked.values) {
    const before = current[key];
    if (value === null) delete next[key];
    else next[key] = value;
    if (!same(before, value ?? undefined))
      changes.push({ field: `metadata.${key}`, from: displayMetadataValue(before), to: displayMetadataValue(value) });
  }
  const refused = new Set(checked.errors.map((e) => e.key));
  const missing: MetadataFieldError[] = [];
  for (const [key, schema] of required) {
    if (next[key] === undefined && !refused.has(key))
      missing.push({ key, message: `is required for this asset's type by metadata schema "${schema}"` });
  }
  return { next, changes, missing };
}
