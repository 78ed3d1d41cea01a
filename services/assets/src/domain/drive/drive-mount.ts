/** The path of the drive on the gateway. */
export const DRIVE_PATH = '/dav/';

/** The drive's address under the gateway's public URL, and how to connect each desktop system to it. */
export function driveMountOf(publicBaseUrl: string | undefined) {
  const url = `${(publicBaseUrl || 'http://localhost:4000').replace(/\/$/, '')}${DRIVE_PATH}`;
  return {
    url,
    macos: [
      'Create an app password on the Connect the drive page (your account menu) and copy it.',
      `In Finder choose Go › Connect to Server… (⌘K), enter ${url} and click Connect.`,
      'Sign in with your user name and the app password; the drive appears under Locations.',
    ],
    windows: [
      'Create an app password on the Connect the drive page (your account menu) and copy it.',
      `In File Explorer right-click This PC › Map network drive…, enter ${url} as the folder and tick "Connect using different credentials".`,
      'Sign in with your user name and the app password. Windows sends passwords to WebDAV only over HTTPS.',
    ],
    linux: [
      'Create an app password on the Connect the drive page (your account menu) and copy it.',
      'Install davfs2 (apt install davfs2) and create a mount point, e.g. sudo mkdir /mnt/mam.',
      `Mount it: sudo mount -t davfs ${url} /mnt/mam and give your user name and the app password (or use rclone's webdav remote).`,
    ],
  };
}
