import type { MetadataFieldDefinition } from './metadata-field-definition';
import { SYSTEM_METADATA_FIELDS } from './metadata-field-definition';
import { applyMetadataValues, checkMetadataEdits, requiredKeysFor } from './plan-metadata-change';

const fields = new Map<string, MetadataFieldDefinition>(
  [
    ...SYSTEM_METADATA_FIELDS,
    {
      key: 'episode',
      label: 'Episode',
      type: 'NUMBER',
      choices: null,
      required: true,
      description: null,
      system: false,
    },
    {
      key: 'director',
      label: 'Director',
      type: 'USER',
      choices: null,
      required: true,
      description: null,
      system: false,
    },
    {
      key: 'mood',
      label: 'Mood',
      type: 'SINGLE_CHOICE',
      choices: ['calm', 'tense'],
      required: false,
      description: null,
      system: false,
    },
  ].map((f) => [f.key, f as MetadataFieldDefinition]),
);
const schemas = [
  { name: 'Episodes', assetTypes: ['video'], fieldKeys: ['episode', 'mood'] },
  { name: 'Credits', assetTypes: ['video', 'audio'], fieldKeys: ['director'] },
];

describe('checkMetadataEdits', () => {
  it('reports every problem at once: unknown keys, repeated keys, wrong values', () => {
    const checked = checkMetadataEdits(fields, [
      { key: 'episode', value: 'three' },
      { key: 'nonexistent', value: 1 },
      { key: 'rights_expires', value: '2027-02-30' },
      { key: 'mood', value: 'calm' },
      { key: 'mood', value: 'tense' },
      { key: 'rights_channels', value: ['web'] },
    ]);
    expect(checked.errors).toEqual([
      { key: 'episode', message: 'must be a number, not a string' },
      { key: 'nonexistent', message: 'is not a metadata field of this workspace' },
      { key: 'rights_expires', message: '"2027-02-30" is not a valid date (YYYY-MM-DD)' },
      { key: 'mood', message: 'is given more than once' },
    ]);
    expect([...checked.values]).toEqual([
      ['mood', 'calm'],
      ['rights_channels', ['web']],
    ]);
  });

  it('takes null and an absent value as clearing the field', () => {
    const checked = checkMetadataEdits(fields, [{ key: 'mood', value: null }, { key: 'episode' }]);
    expect(checked.errors).toEqual([]);
    expect([...checked.values]).toEqual([
      ['mood', null],
      ['episode', null],
    ]);
  });
});

describe('requiredKeysFor', () => {
  it('lists required fields of the schemas for the asset type, with the schema that requires them', () => {
    expect([...requiredKeysFor('video', schemas, fields)]).toEqual([
      ['episode', 'Episodes'],
      ['director', 'Credits'],
    ]);
    expect([...requiredKeysFor('audio', schemas, fields)]).toEqual([['director', 'Credits']]);
    expect(requiredKeysFor('image', schemas, fields).size).toBe(0);
    expect(requiredKeysFor(null, schemas, fields).size).toBe(0);
  });
});

describe('applyMetadataValues', () => {
  it('merges values, records what changed as strings, and leaves untouched values alone', () => {
    const result = applyMetadataValues(
      { rights_channels: ['web'], mood: 'calm', rights_licence: 'CC-BY' },
      {
        values: new Map<string, string[] | string | null>([
          ['rights_channels', ['web', 'social']],
          ['mood', 'calm'],
          ['rights_licence', null],
        ]),
        errors: [],
      },
      new Map(),
    );
    expect(result.next).toEqual({ rights_channels: ['web', 'social'], mood: 'calm' });
    expect(result.changes).toEqual([
      { field: 'metadata.rights_channels', from: 'web', to: 'web, social' },
      { field: 'metadata.rights_licence', from: 'CC-BY', to: null },
    ]);
    expect(result.missing).toEqual([]);
  });

  it('refuses to leave a required field empty, whether it was never set or is being cleared', () => {
    const result = applyMetadataValues(
      { episode: 3 },
      { values: new Map([['episode', null]]), errors: [] },
      requiredKeysFor('video', schemas, fields),
    );
    expect(result.missing).toEqual([
      { key: 'episode', message: 'is required for this asset\'s type by metadata schema "Episodes"' },
      { key: 'director', message: 'is required for this asset\'s type by metadata schema "Credits"' },
    ]);
  });

  it('does not report a required field as missing when its edit was already refused', () => {
    const checked = checkMetadataEdits(fields, [
      { key: 'episode', value: 'four' },
      { key: 'director', value: 'editor-2' },
    ]);
    const result = applyMetadataValues({}, checked, requiredKeysFor('video', schemas, fields));
    expect(checked.errors).toEqual([{ key: 'episode', message: 'must be a number, not a string' }]);
    expect(result.missing).toEqual([]);
    expect(result.next).toEqual({ director: 'editor-2' });
  });
});
