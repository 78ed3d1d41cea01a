const MAX_BYTES = 255;

/**
 * The base name of what the uploader called the file: no directories (either slash), no control
 * characters, Unicode-normalised, at most 255 UTF-8 bytes. It is only ever displayed or offered
 * as a download name; storage keys never contain it.
 */
export function cleanFilename(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name === '.' || name === '..') name = '';
  while (Buffer.byteLength(name) > MAX_BYTES) name = name.slice(0, -1);
  return name || 'untitled';
}
