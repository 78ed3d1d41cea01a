import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { badInput, type Identity } from '@mam/graphql';
import { METADATA_FIELD_TYPES, type MetadataField, type MetadataFieldType } from '../../entities/metadata-field.entity';
import { metadataRepository } from '../../repositories/metadata.repository';
import { SYSTEM_KEY_PREFIX } from './metadata-field-definition';

export const FIELD_KEY = /^[a-z][a-z0-9_]{0,62}$/;
export const LABEL_MAX = 200;
export const FIELD_DESCRIPTION_MAX = 2000;
export const CHOICES_MAX = 500;
export const CHOICE_MAX = 200;

export interface DefineMetadataFieldInput {
  key: string;
  label: string;
  type: string;
  choices?: string[] | null;
  required?: boolean | null;
  description?: string | null;
}

const CHOICE_TYPES: MetadataFieldType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

function choicesInput(type: MetadataFieldType, choices: string[] | null | undefined): string[] | null {
  if (!CHOICE_TYPES.includes(type)) {
    if (choices && choices.length > 0)
      throw badInput(`Only SINGLE_CHOICE and MULTIPLE_CHOICE fields have choices`, 'choices');
    return null;
  }
  const cleaned = (choices ?? []).map((c) => c.trim());
  if (cleaned.length === 0) throw badInput(`A ${type} field needs at least one choice`, 'choices');
  if (cleaned.length > CHOICES_MAX) throw badInput(`A field has at most ${CHOICES_MAX} choices`, 'choices');
  if (cleaned.some((c) => !c || c.length > CHOICE_MAX))
    throw badInput(`Choices must be 1 to ${CHOICE_MAX} characters`, 'choices');
  if (new Set(cleaned).size !== cleaned.length) throw badInput('Choices must be distinct', 'choices');
  return cleaned;
}

/** Defines a typed custom field for the admin's workspace; its key is stable and unique there. */
export async function defineMetadataField(
  dataSource: DataSource,
  admin: Identity,
  input: DefineMetadataFieldInput,
): Promise<MetadataField> {
  const key = input.key;
  if (!FIELD_KEY.test(key))
    throw badInput(
      'Key must start with a lowercase letter and hold only lowercase letters, digits and underscores (at most 63)',
      'key',
    );
  if (key.startsWith(SYSTEM_KEY_PREFIX))
    throw badInput(`Keys starting with "${SYSTEM_KEY_PREFIX}" are reserved for built-in rights fields`, 'key');
  const label = input.label.trim();
  if (!label || label.length > LABEL_MAX) throw badInput(`Label must be 1 to ${LABEL_MAX} characters`, 'label');
  if (!(METADATA_FIELD_TYPES as readonly string[]).includes(input.type))
    throw badInput(`Type must be one of ${METADATA_FIELD_TYPES.join(', ')}`, 'type');
  const type = input.type as MetadataFieldType;
  const description = input.description?.trim() || null;
  if ((description?.length ?? 0) > FIELD_DESCRIPTION_MAX)
    throw badInput(`Description must be at most ${FIELD_DESCRIPTION_MAX} characters`, 'description');

  const field: MetadataField = {
    id: uuidv7(),
    workspaceId: admin.workspaceId,
    key,
    label,
    type,
    choices: choicesInput(type, input.choices),
    required: input.required ?? false,
    description,
    createdBy: admin.subject,
    createdAt: new Date(),
  };
  if (!(await metadataRepository(dataSource.manager).insertField(field)))
    throw badInput(`A metadata field with key "${key}" already exists`, 'key');
  return field;
}
