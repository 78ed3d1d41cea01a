/** 75.2 -> "1:15", 3725 -> "1:02:05". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v < 10 && i > 0 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 60) return `${Math.ceil(seconds)} s left`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} min left`;
  return `${(seconds / 3600).toFixed(1)} h left`;
}

/** Renders server highlights (<em> around matches) safely: everything else is escaped. */
export function highlightParts(text: string): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  const re = /<em>(.*?)<\/em>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false });
    parts.push({ text: m[1], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/**
 * The parts of a highlighted text from a little before its first match on, so a match far into a
 * long line (a transcript segment) shows in a one-line snippet: at most `before` characters of
 * whole words precede it, after an ellipsis ("…were young and…" rather than "he was n…").
 */
export function aroundFirstHit(
  parts: Array<{ text: string; hit: boolean }>,
  before = 12,
): Array<{ text: string; hit: boolean }> {
  const first = parts.findIndex((p) => p.hit);
  if (first < 0) return parts;
  const lead = parts
    .slice(0, first)
    .map((p) => p.text)
    .join('');
  if (lead.length <= before) return parts;
  // Start at a word: the first one that begins within `before` characters of the match.
  const from = lead.length - before;
  const wordStart = /\s/.test(lead[from - 1]) ? from : lead.indexOf(' ', from) + 1 || from;
  const kept = lead.slice(wordStart).replace(/^\s+/, '');
  return [{ text: `…${kept}`, hit: false }, ...parts.slice(first)];
}
