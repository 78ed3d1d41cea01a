import type { MetadataFieldType } from '../../entities/metadata-field.entity';
import { ISO_COUNTRY_CODES } from './iso-country-codes';

/** What validation and display need of a field, whether stored for the workspace or built in. */
export interface MetadataFieldDefinition {
  key: string;
  label: string;
  type: MetadataFieldType;
  choices: string[] | null;
  required: boolean;
  description: string | null;
  /** Built into every workspace; cannot be redefined. */
  system: boolean;
}

/** Keys starting with this are reserved for built-in fields. */
export const SYSTEM_KEY_PREFIX = 'rights_';

export const RIGHTS_CHANNELS = ['broadcast', 'web', 'social', 'cinema', 'internal'];

/**
 * Rights fields exist in every workspace without being defined. Territories are a
 * MULTIPLE_CHOICE of ISO 3166-1 alpha-2 codes, so each one is validated and can be filtered on.
 */
export const SYSTEM_METADATA_FIELDS: readonly MetadataFieldDefinition[] = [
  {
    key: 'rights_licence',
    label: 'Licence',
    type: 'TEXT',
    choices: null,
    required: false,
    description: 'Licence or contract under which the asset may be used.',
    system: true,
  },
  {
    key: 'rights_expires',
    label: 'Rights expire',
    type: 'DATE',
    choices: null,
    required: false,
    description: 'Last day the asset may be used (YYYY-MM-DD).',
    system: true,
  },
  {
    key: 'rights_territories',
    label: 'Territories',
    type: 'MULTIPLE_CHOICE',
    choices: ISO_COUNTRY_CODES,
    required: false,
    description: 'Where the asset may be used: ISO 3166-1 alpha-2 country codes.',
    system: true,
  },
  {
    key: 'rights_channels',
    label: 'Channels',
    type: 'MULTIPLE_CHOICE',
    choices: RIGHTS_CHANNELS,
    required: false,
    description: 'Channels the asset may be used on.',
    system: true,
  },
];
