import { basename } from 'node:path';

const LEVEL_TAG = /\[(panic|fatal|error|warning|info|verbose|debug|trace)\]\s*/;
const COMPONENT = /^\[[^\]]+ @ 0x[0-9a-f]+\]\s*/i;
const GENERIC = [
  /^Conversion failed!?$/,
  /^Error splitting the argument list/,
  /^Exiting normally/,
  /^Error opening (input|output) files?:?/,
  /^Error (while|opening) (input|output) file/,
];

/** Messages that read better said plainly. */
const PLAIN: [RegExp, string][] = [
  [/^Stream map '0:a(:0)?' matches no streams/, 'the file has no audio stream'],
  [/^Stream map '0:v(:0)?' matches no streams/, 'the file has no video stream'],
];

function clean(line: string, paths: string[]): { text: string; level: string | null; specific: boolean } {
  let text = line.trim();
  const component = COMPONENT.exec(text);
  if (component) text = text.slice(component[0].length);
  const level = LEVEL_TAG.exec(text);
  if (level && level.index === 0) text = text.slice(level[0].length);
  for (const path of paths) {
    if (text.startsWith(`${path}: `)) text = text.slice(path.length + 2);
    text = text.split(path).join(basename(path));
  }
  text = text.replace(/\s+/g, ' ').replace(/\.$/, '');
  for (const [pattern, plain] of PLAIN) if (pattern.test(text)) text = plain;
  return { text, level: level && level.index === 0 ? level[1] : null, specific: Boolean(component) };
}

/**
 * The most telling line of an ffmpeg/ffprobe stderr tail, without component addresses or
 * machine paths: "moov atom not found" rather than the generic "Invalid data found ...".
 * When lines carry log levels (-loglevel level+...), only errors count.
 */
export function reasonFromStderr(lines: string[], paths: string[] = []): string | null {
  const cleaned = lines.map((line) => clean(line, paths)).filter((line) => line.text.length > 0);
  const levelled = cleaned.some((line) => line.level !== null);
  const errors = cleaned.filter((line) =>
    levelled ? line.level === 'error' || line.level === 'fatal' || line.level === 'panic' : true,
  );
  const meaningful = errors.filter((line) => !GENERIC.some((pattern) => pattern.test(line.text)));
  const pool = meaningful.length > 0 ? meaningful : errors;
  if (pool.length === 0) return null;
  const chosen = pool.find((line) => line.specific) ?? pool[pool.length - 1];
  return chosen.text.length > 300 ? `${chosen.text.slice(0, 297)}...` : chosen.text;
}
