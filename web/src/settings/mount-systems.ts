/** The desktop systems the drive gives connection steps for, in the order the page offers them. */
export const MOUNT_SYSTEMS = [
  { key: 'macos', label: 'macOS' },
  { key: 'windows', label: 'Windows' },
  { key: 'linux', label: 'Linux' },
] as const;

export type MountSystem = (typeof MOUNT_SYSTEMS)[number]['key'];

/** The system this browser runs on, so its steps show first; macOS when nothing tells. */
export function guessMountSystem(userAgent: string): MountSystem {
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/Linux|X11|CrOS/i.test(userAgent) && !/Android/i.test(userAgent)) return 'linux';
  return 'macos';
}
