/**
 * Highlights as both search adapters return them: `<em>` around what matched, in the order a
 * person reads an asset (title, file name, tags, description, metadata), then technical values for
 * the words nothing readable shows (a query for "mp4" shows the file name, not "mov,<em>mp4</em>,m4a").
 */

export interface HighlightsByField {
  title?: string[];
  filename?: string[];
  tags?: string[];
  description?: string[];
  metadata?: string[];
  technical?: string[];
}

const READING_ORDER = ['title', 'filename', 'tags', 'description', 'metadata'] as const;

/** `<em>2026</em><em>-03</em><em>-15</em>` and `<em>2026</em>-<em>03</em>` become one mark: `<em>2026-03-15</em>`. */
export function mergeAdjacentMarks(text: string): string {
  return text.replace(/<\/em>([-/.:,]?)<em>/g, '$1');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words a highlight marks, folded. */
function markedWords(text: string): string[] {
  return [...text.matchAll(/<em>(.*?)<\/em>/g)].flatMap((mark) => fold(mark[1]).match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function orderHighlights(fields: HighlightsByField): string[] {
  const marked = (values: string[] | undefined) =>
    (values ?? []).filter((value) => value.includes('<em>')).map(mergeAdjacentMarks);
  const readable = [...new Set(READING_ORDER.flatMap((field) => marked(fields[field])))];
  const shown = new Set(readable.flatMap(markedWords));
  // A technical value is shown only for a word nothing readable shows already.
  const technical = marked(fields.technical).filter((value) => {
    const fresh = markedWords(value).filter((word) => !shown.has(word));
    for (const word of fresh) shown.add(word);
    return fresh.length > 0;
  });
  return [...readable, ...technical];
}

/** The words of a query as they match a file name's parts (operators and quotes dropped; `word*` is a prefix). */
export function queryWords(query: string): { word: string; prefix: boolean }[] {
  return (query.match(/[\p{L}\p{N}]+\*?/gu) ?? []).map((token) => ({
    word: fold(token.replace(/\*$/, '')),
    prefix: token.endsWith('*'),
  }));
}

/**
 * A file name with the parts the query's words matched marked, or null when none did:
 * "boat_trip_final.mp4" for "mp4" gives "boat_trip_final.<em>mp4</em>".
 */
export function highlightFilename(filename: string, words: { word: string; prefix: boolean }[]): string | null {
  if (words.length === 0) return null;
  let matched = false;
  const marked = filename.replace(/[\p{L}\p{N}]+/gu, (part) => {
    const folded = fold(part);
    if (!words.some(({ word, prefix }) => (prefix ? folded.startsWith(word) : folded === word))) return part;
    matched = true;
    return `<em>${part}</em>`;
  });
  return matched ? mergeAdjacentMarks(marked) : null;
}

/** A suggested file name with just the typed prefix marked: "harbour_dawn_v" gives "<em>Harbour_Dawn_v</em>1.MOV". */
export function highlightTypedPrefix(filename: string, prefix: string): string {
  const typed = prefix.trim();
  if (!typed || !fold(filename).startsWith(fold(typed))) return filename;
  return `<em>${filename.slice(0, typed.length)}</em>${filename.slice(typed.length)}`;
}

/** The text of a highlight without its marks. */
export function unmarked(text: string): string {
  return text.replace(/<\/?em>/g, '');
}
