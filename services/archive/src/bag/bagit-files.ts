/** The tag files of a BagIt 1.0 bag (RFC 8493), as text. Pure: the bag writer streams them. */

export interface ManifestEntry {
  /** Relative to the bag: `data/…` for payload, the file name for tag files. */
  path: string;
  sha256: string;
  size: number;
}

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded. */
export function manifestPath(path: string): string {
  return path.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function manifestText(entries: ManifestEntry[]): string {
  return entries.map((entry) => `${entry.sha256}  ${manifestPath(entry.path)}\n`).join('');
}

/** A bag-info.txt value on one line (labels and values are single-line here). */
const line = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

export interface BagInfo {
  sourceOrganization: string;
  externalIdentifier: string;
  externalDescription: string;
  baggingDate: Date;
  /** Further labelled values, in order (e.g. Title, Workspace). */
  extra: [string, string][];
}

/** bag-info.txt with Payload-Oxum (octets.files) and Bag-Size from the payload's entries. */
export function bagInfoText(info: BagInfo, payload: ManifestEntry[]): string {
  const octets = payload.reduce((sum, entry) => sum + entry.size, 0);
  const rows: [string, string][] = [
    ['Source-Organization', info.sourceOrganization],
    ['External-Identifier', info.externalIdentifier],
    ['External-Description', info.externalDescription],
    ['Bagging-Date', info.baggingDate.toISOString().slice(0, 10)],
    ['Payload-Oxum', `${octets}.${payload.length}`],
    ['Bag-Size', humanSize(octets)],
    ['Bag-Software-Agent', 'mam archive'],
    ...info.extra,
  ];
  return rows.map(([label, value]) => `${label}: ${line(value)}\n`).join('');
}

export function humanSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** A master's file name as a payload file name: letters, digits, dot, dash and underscore only. */
export function payloadFileName(filename: string | null, fallback: string): string {
  const cleaned = (filename ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 200);
  return cleaned || fallback;
}
