/** Where the drive is served on the gateway. */
export const DAV_PREFIX = '/dav';

const FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F\\:*?"<>|]/;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * The folder names (then perhaps a file name) a drive URL path names, decoded; undefined when the
 * path is not under the drive or is not plain (a `.` or `..` segment, an encoded separator, bad
 * percent-encoding).
 */
export function drivePath(rawPath: string): string[] | undefined {
  if (rawPath !== DAV_PREFIX && !rawPath.startsWith(`${DAV_PREFIX}/`)) return undefined;
  const segments = rawPath
    .slice(DAV_PREFIX.length)
    .split('/')
    .filter((s) => s !== '');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (name === '.' || name === '..' || /[/\\\0]/.test(name)) return undefined;
    decoded.push(name.normalize('NFC'));
  }
  return decoded;
}

/** The URL path of a drive entry, each name percent-encoded. */
export function hrefOf(path: string[], folder: boolean): string {
  const encoded = path.map((name) =>
    encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  );
  return `${DAV_PREFIX}/${encoded.join('/')}${folder && path.length > 0 ? '/' : ''}`;
}

/** Why a name given on write cannot be a file or folder name on every desktop; undefined when it can. */
export function unfitNameReason(name: string): string | undefined {
  if (name.length > 200) return 'Names are at most 200 characters';
  if (FORBIDDEN_CHARACTERS.test(name)) return 'Names cannot contain \\ : * ? " < > | or control characters';
  if (/[\s.]$/.test(name)) return 'Names cannot end with a dot or a space';
  if (RESERVED.test(name)) return 'Names cannot be a device name (CON, PRN, AUX, NUL, COM1…, LPT1…)';
  return undefined;
}

/** Files desktops write for themselves (Finder's resource forks and folder settings, Explorer's thumbnails): never assets. */
export function isDesktopClutter(name: string): boolean {
  return name.startsWith('._') || /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(name);
}

/** The title an asset gets from a file name: the name without its extension (the extension comes from the file). */
export function titleFromName(name: string): string {
  const match = /^(.+)\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match ? match[1] : name;
}
