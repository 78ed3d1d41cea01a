import type { AssetSearchDocument } from './search-index';

/** File names for full-text matching: each whole, then split into words at every non-alphanumeric. */
export function filenameText(filenames: string[]): string {
  return filenames.map((name) => `${name} ${splitWords(name)}`).join('\n');
}

/** Metadata values (texts, dates, choices, numbers) as separate strings for full-text matching; booleans say nothing in words. */
export function metadataText(metadata: AssetSearchDocument['metadata']): string[] {
  return Object.values(metadata).flatMap((value) =>
    typeof value === 'boolean' ? [] : Array.isArray(value) ? value : [String(value)],
  );
}

export function splitWords(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Query text as the engines should read it. simple_query_string and websearch_to_tsquery never
 * fail on syntax, but read a lone double quote as "phrase until the end"; a quote without a
 * partner is taken as literal text instead, which (being no word) matches nothing by itself.
 */
export function normalizeQueryText(query: string): string {
  const text = query.trim();
  const quotes = [...text.matchAll(/(?<!\\)"/g)].map((m) => m.index);
  if (quotes.length % 2 === 0) return text;
  const lone = quotes[quotes.length - 1];
  return `${text.slice(0, lone)} ${text.slice(lone + 1)}`.replace(/\s+/g, ' ').trim();
}

const TECHNICAL_VALUES_MAX = 200;
const TECHNICAL_VALUE_LENGTH_MAX = 200;

/**
 * The words of a technical description for full-text matching: every distinct string in it
 * (codec names and long names, container, profile, colour, pixel format, timecode, EXIF camera),
 * with a split copy of values like "mov,mp4,m4a" so each part matches. Numbers are left to the
 * typed fields; the result is bounded so a huge EXIF block cannot bloat the document.
 */
export function technicalText(description: unknown): string[] {
  const values = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (values.size >= TECHNICAL_VALUES_MAX || depth > 6) return;
    if (typeof value === 'string') {
      const text = value.trim();
      if (
        !text ||
        text.length > TECHNICAL_VALUE_LENGTH_MAX ||
        (/^[\d\s.:/+-]+$/.test(text) && !/^\d{2}:\d{2}:\d{2}[:;]\d{2}$/.test(text))
      )
        return;
      values.add(text);
      const split = splitWords(text);
      if (split && split !== text && values.size < TECHNICAL_VALUES_MAX) values.add(split);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item, depth + 1);
    }
  };
  visit(description, 0);
  return [...values];
}
