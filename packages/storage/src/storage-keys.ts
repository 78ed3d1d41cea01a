const SAFE = /^[a-z0-9][a-z0-9._-]*$/i;

function part(value: string, what: string): string {
  if (!SAFE.test(value) || value.includes('..'))
    throw new Error(`unsafe ${what} for a storage key: ${JSON.stringify(value)}`);
  return value;
}

/** Deterministic keys: a retry writes the same key, so outputs are overwritten, never duplicated. */
export const storageKeys = {
  master: (assetId: string, versionId: string) =>
    `masters/${part(assetId, 'asset id')}/${part(versionId, 'version id')}/master`,
  renditionDir: (assetId: string, versionId: string, kind: string) =>
    `renditions/${part(assetId, 'asset id')}/${part(versionId, 'version id')}/${part(kind, 'kind')}`,
  rendition: (assetId: string, versionId: string, kind: string, file: string) =>
    `${storageKeys.renditionDir(assetId, versionId, kind)}/${part(file, 'file name')}`,
  /** A reference image of a workspace's logo library (never served over a media URL). */
  logoImage: (workspaceId: string, logoId: string, imageId: string) =>
    `logos/${part(workspaceId, 'workspace id')}/${part(logoId, 'logo id')}/${part(imageId, 'image id')}`,
  /** A file of a rendition's HLS stream: its playlist, initialisation segment and segments share one folder. */
  stream: (assetId: string, versionId: string, kind: string, file: string) =>
    `${storageKeys.renditionDir(assetId, versionId, kind)}/hls/${part(file, 'file name')}`,
};

/** Whether a key may ever be served over a media URL: renditions only, never masters. */
export function isServableKey(key: string): boolean {
  return (
    key.startsWith('renditions/') && key.split('/').every((segment) => SAFE.test(segment) && !segment.includes('..'))
  );
}

export function assertSafeKey(key: string): string {
  key.split('/').forEach((segment) => part(segment, 'key segment'));
  return key;
}
