import type { MetadataScalar } from '../../entities/asset.entity';
import type { MetadataFieldDefinition } from './metadata-field-definition';

export const TEXT_MAX = 1000;
export const LONG_TEXT_MAX = 100_000;
export const USER_MAX = 200;
export const URL_MAX = 2048;

export type ValueCheck = { ok: true; value: MetadataScalar } | { ok: false; message: string };

const ok = (value: MetadataScalar): ValueCheck => ({ ok: true, value });
const fail = (message: string): ValueCheck => ({ ok: false, message });

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function text(value: unknown, max: number): ValueCheck {
  if (typeof value !== 'string') return fail(`must be a string, not ${describe(value)}`);
  const trimmed = value.trim();
  if (!trimmed) return fail('must not be empty (send null to clear the field)');
  if (trimmed.length > max) return fail(`must be at most ${max} characters`);
  return ok(trimmed);
}

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function choiceList(field: MetadataFieldDefinition): string {
  const choices = field.choices ?? [];
  return choices.length > 12 ? `${choices.slice(0, 12).join(', ')}, …` : choices.join(', ');
}

/**
 * Checks one value against its field and returns the value to store (strings trimmed, choice
 * lists de-duplicated) or a message a user can act on. null is not a value: it clears a field.
 */
export function validateMetadataValue(field: MetadataFieldDefinition, value: unknown): ValueCheck {
  switch (field.type) {
    case 'TEXT':
      return text(value, TEXT_MAX);
    case 'LONG_TEXT':
      return text(value, LONG_TEXT_MAX);
    case 'NUMBER':
      if (typeof value !== 'number') return fail(`must be a number, not ${describe(value)}`);
      return Number.isFinite(value) ? ok(value) : fail('must be a finite number');
    case 'DATE':
      if (typeof value !== 'string') return fail(`must be a date string YYYY-MM-DD, not ${describe(value)}`);
      return isCalendarDate(value) ? ok(value) : fail(`"${value}" is not a valid date (YYYY-MM-DD)`);
    case 'BOOLEAN':
      return typeof value === 'boolean' ? ok(value) : fail(`must be true or false, not ${describe(value)}`);
    case 'SINGLE_CHOICE':
      if (typeof value !== 'string') return fail(`must be one of the choices as a string, not ${describe(value)}`);
      return field.choices?.includes(value)
        ? ok(value)
        : fail(`"${value}" is not one of the choices: ${choiceList(field)}`);
    case 'MULTIPLE_CHOICE': {
      if (!Array.isArray(value)) return fail(`must be a list of choices, not ${describe(value)}`);
      if (value.length === 0) return fail('must list at least one choice (send null to clear the field)');
      const wrong = value.filter((v) => typeof v !== 'string' || !field.choices?.includes(v));
      if (wrong.length > 0)
        return fail(
          `${wrong.map((v) => JSON.stringify(v)).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not among the choices: ${choiceList(field)}`,
        );
      return ok([...new Set(value as string[])]);
    }
    case 'USER': {
      if (typeof value !== 'string' || !value.trim()) return fail('must be a non-empty user subject');
      const subject = value.trim();
      return subject.length > USER_MAX ? fail(`must be at most ${USER_MAX} characters`) : ok(subject);
    }
    case 'URL': {
      if (typeof value !== 'string') return fail(`must be a URL string, not ${describe(value)}`);
      const candidate = value.trim();
      if (candidate.length > URL_MAX) return fail(`must be at most ${URL_MAX} characters`);
      let url: URL;
      try {
        url = new URL(candidate);
      } catch {
        return fail(`"${candidate}" is not a valid URL`);
      }
      return url.protocol === 'http:' || url.protocol === 'https:'
        ? ok(candidate)
        : fail('must be an http or https URL');
    }
  }
}

/** A stored value as history shows it. */
export function displayMetadataValue(value: MetadataScalar | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
