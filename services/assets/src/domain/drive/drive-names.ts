/** Characters Windows or macOS refuse in a file name, and control characters. */
const FORBIDDEN = /[\u0000-\u001F\u007F/\\:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
const NAME_MAX = 200;

/** A name every desktop system accepts: forbidden characters become "_", no trailing dot or space, no device name, not empty. */
export function driveSafeName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(FORBIDDEN, '_')
    .trim()
    .replace(/[\s.]+$/, '');
  if (RESERVED.test(safe)) safe = `_${safe}`;
  safe = safe.slice(0, NAME_MAX).replace(/[\s.]+$/, '');
  return safe || '_';
}

/** The extension of a file name (without the dot, as written), or null. */
export function extensionOf(filename: string): string | null {
  return /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1] ?? null;
}

/** `<title>.<extension of the version's file>`: the title alone when it already ends with that extension or the file has none. */
export function masterName(title: string, filename: string): string {
  const ext = extensionOf(filename);
  const named = ext && !title.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? `${title}.${ext}` : title;
  return driveSafeName(named);
}

/** `<title> v<number>.proxy.<extension of the rendition>`. */
export function proxyName(title: string, versionNumber: number, renditionKey: string): string {
  const ext = extensionOf(renditionKey) ?? 'mp4';
  return driveSafeName(`${driveSafeName(title)} v${versionNumber}.proxy.${ext}`);
}

/**
 * Makes names unique within one folder, ignoring case (as Windows and macOS compare them): a name
 * already taken gets " (2)", " (3)"… before its extension. Earlier entries keep their names.
 */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    const ext = /\.proxy\.[A-Za-z0-9]{1,8}$|\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
    const stem = ext ? name.slice(0, -ext.length) : name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
