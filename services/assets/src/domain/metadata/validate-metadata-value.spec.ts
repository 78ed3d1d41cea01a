import type { MetadataFieldType } from '../../entities/metadata-field.entity';
import type { MetadataFieldDefinition } from './metadata-field-definition';
import { SYSTEM_METADATA_FIELDS } from './metadata-field-definition';
import {
  displayMetadataValue,
  isCalendarDate,
  LONG_TEXT_MAX,
  TEXT_MAX,
  validateMetadataValue,
} from './validate-metadata-value';

const field = (type: MetadataFieldType, choices: string[] | null = null): MetadataFieldDefinition => ({
  key: 'f',
  label: 'F',
  type,
  choices,
  required: false,
  description: null,
  system: false,
});

describe('validateMetadataValue', () => {
  it('TEXT: trims, refuses empty, non-strings and overlong text', () => {
    expect(validateMetadataValue(field('TEXT'), '  Harbour  ')).toEqual({ ok: true, value: 'Harbour' });
    expect(validateMetadataValue(field('TEXT'), '   ')).toEqual({
      ok: false,
      message: 'must not be empty (send null to clear the field)',
    });
    expect(validateMetadataValue(field('TEXT'), 42)).toEqual({ ok: false, message: 'must be a string, not a number' });
    expect(validateMetadataValue(field('TEXT'), 'x'.repeat(TEXT_MAX + 1))).toEqual({
      ok: false,
      message: `must be at most ${TEXT_MAX} characters`,
    });
    expect(validateMetadataValue(field('LONG_TEXT'), 'x'.repeat(TEXT_MAX + 1))).toEqual({
      ok: true,
      value: 'x'.repeat(TEXT_MAX + 1),
    });
    expect(validateMetadataValue(field('LONG_TEXT'), 'x'.repeat(LONG_TEXT_MAX + 1))).toMatchObject({ ok: false });
  });

  it('NUMBER: accepts finite JSON numbers only, not numeric strings', () => {
    expect(validateMetadataValue(field('NUMBER'), -12.5)).toEqual({ ok: true, value: -12.5 });
    expect(validateMetadataValue(field('NUMBER'), 0)).toEqual({ ok: true, value: 0 });
    expect(validateMetadataValue(field('NUMBER'), '12')).toEqual({
      ok: false,
      message: 'must be a number, not a string',
    });
    expect(validateMetadataValue(field('NUMBER'), Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      message: 'must be a finite number',
    });
    expect(validateMetadataValue(field('NUMBER'), [1])).toEqual({ ok: false, message: 'must be a number, not a list' });
  });

  it('DATE: accepts existing calendar dates written YYYY-MM-DD', () => {
    expect(validateMetadataValue(field('DATE'), '2027-02-28')).toEqual({ ok: true, value: '2027-02-28' });
    expect(validateMetadataValue(field('DATE'), '2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(validateMetadataValue(field('DATE'), '2027-02-29')).toEqual({
      ok: false,
      message: '"2027-02-29" is not a valid date (YYYY-MM-DD)',
    });
    expect(validateMetadataValue(field('DATE'), '2027-04-31')).toMatchObject({ ok: false });
    expect(validateMetadataValue(field('DATE'), '31/12/2027')).toMatchObject({ ok: false });
    expect(validateMetadataValue(field('DATE'), '2027-12-31T00:00:00Z')).toMatchObject({ ok: false });
    expect(validateMetadataValue(field('DATE'), 20271231)).toEqual({
      ok: false,
      message: 'must be a date string YYYY-MM-DD, not a number',
    });
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('2027-13-01')).toBe(false);
  });

  it('BOOLEAN: true or false, not their spellings', () => {
    expect(validateMetadataValue(field('BOOLEAN'), false)).toEqual({ ok: true, value: false });
    expect(validateMetadataValue(field('BOOLEAN'), 'true')).toEqual({
      ok: false,
      message: 'must be true or false, not a string',
    });
    expect(validateMetadataValue(field('BOOLEAN'), 1)).toMatchObject({ ok: false });
  });

  it('SINGLE_CHOICE: one of the choices, exactly as written', () => {
    const status = field('SINGLE_CHOICE', ['draft', 'final']);
    expect(validateMetadataValue(status, 'final')).toEqual({ ok: true, value: 'final' });
    expect(validateMetadataValue(status, 'Final')).toEqual({
      ok: false,
      message: '"Final" is not one of the choices: draft, final',
    });
    expect(validateMetadataValue(status, ['final'])).toEqual({
      ok: false,
      message: 'must be one of the choices as a string, not a list',
    });
  });

  it('MULTIPLE_CHOICE: a non-empty list of choices, duplicates dropped, every wrong one named', () => {
    const channels = SYSTEM_METADATA_FIELDS.find((f) => f.key === 'rights_channels')!;
    expect(validateMetadataValue(channels, ['web', 'broadcast', 'web'])).toEqual({
      ok: true,
      value: ['web', 'broadcast'],
    });
    expect(validateMetadataValue(channels, ['web', 'radio', 'tv'])).toEqual({
      ok: false,
      message: '"radio", "tv" are not among the choices: broadcast, web, social, cinema, internal',
    });
    expect(validateMetadataValue(channels, [])).toEqual({
      ok: false,
      message: 'must list at least one choice (send null to clear the field)',
    });
    expect(validateMetadataValue(channels, 'web')).toEqual({
      ok: false,
      message: 'must be a list of choices, not a string',
    });
  });

  it('rights_territories: ISO 3166-1 alpha-2 codes only, with a shortened choice list in the message', () => {
    const territories = SYSTEM_METADATA_FIELDS.find((f) => f.key === 'rights_territories')!;
    expect(territories.choices).toHaveLength(249);
    expect(validateMetadataValue(territories, ['DE', 'FR', 'GB'])).toEqual({ ok: true, value: ['DE', 'FR', 'GB'] });
    const wrong = validateMetadataValue(territories, ['UK', 'de']);
    expect(wrong).toEqual({
      ok: false,
      message: '"UK", "de" are not among the choices: AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, AT, …',
    });
  });

  it('USER: a non-empty subject, trimmed', () => {
    expect(validateMetadataValue(field('USER'), ' editor-1 ')).toEqual({ ok: true, value: 'editor-1' });
    expect(validateMetadataValue(field('USER'), '  ')).toEqual({
      ok: false,
      message: 'must be a non-empty user subject',
    });
    expect(validateMetadataValue(field('USER'), 7)).toEqual({ ok: false, message: 'must be a non-empty user subject' });
  });

  it('URL: http or https URLs that parse', () => {
    expect(validateMetadataValue(field('URL'), 'https://example.org/licence?id=4')).toEqual({
      ok: true,
      value: 'https://example.org/licence?id=4',
    });
    expect(validateMetadataValue(field('URL'), 'example.org/licence')).toEqual({
      ok: false,
      message: '"example.org/licence" is not a valid URL',
    });
    expect(validateMetadataValue(field('URL'), 'javascript:alert(1)')).toEqual({
      ok: false,
      message: 'must be an http or https URL',
    });
    expect(validateMetadataValue(field('URL'), 'ftp://example.org/x')).toEqual({
      ok: false,
      message: 'must be an http or https URL',
    });
  });

  it('refuses objects for every type', () => {
    for (const type of [
      'TEXT',
      'LONG_TEXT',
      'NUMBER',
      'DATE',
      'BOOLEAN',
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'USER',
      'URL',
    ] as const) {
      expect(validateMetadataValue(field(type, ['a']), { a: 1 })).toMatchObject({ ok: false });
    }
  });
});

describe('displayMetadataValue', () => {
  it('shows values as history strings', () => {
    expect(displayMetadataValue(['DE', 'FR'])).toBe('DE, FR');
    expect(displayMetadataValue(3.5)).toBe('3.5');
    expect(displayMetadataValue(false)).toBe('false');
    expect(displayMetadataValue(undefined)).toBeNull();
  });
});
