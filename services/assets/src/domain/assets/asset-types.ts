import { badInput } from '@mam/graphql';

/** Kinds of asset; the type picks which metadata schemas apply. */
export const ASSET_TYPES = ['video', 'audio', 'image', 'document', 'other'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export function isAssetType(value: string): value is AssetType {
  return (ASSET_TYPES as readonly string[]).includes(value);
}

/** Checks an asset type given by a client; null and undefined pass through. */
export function assetTypeInput(value: string | null | undefined, field = 'type'): AssetType | null | undefined {
  if (value === null || value === undefined) return value;
  if (!isAssetType(value)) throw badInput(`Asset type must be one of ${ASSET_TYPES.join(', ')}`, field);
  return value;
}

/** Professional video containers whose MIME types are not under video/. */
const VIDEO_APPLICATION_TYPES = new Set(['mxf', 'gxf', 'x-gxf', 'vnd.rn-realmedia', 'x-r3d', 'x-braw']);

/** The asset type a file's detected MIME type suggests. */
export function assetTypeOfMime(mimeType: string): AssetType {
  const [major, minor = ''] = mimeType.toLowerCase().split('/');
  if (major === 'video' || major === 'audio' || major === 'image') return major;
  if (major === 'application' && VIDEO_APPLICATION_TYPES.has(minor)) return 'video';
  if (
    major === 'text' ||
    minor === 'pdf' ||
    /word|excel|spreadsheet|presentation|powerpoint|opendocument|rtf/.test(minor)
  )
    return 'document';
  return 'other';
}

/** A new asset's type: the media kind ingest probed, else what the MIME type suggests. */
export function assetTypeOfUpload(upload: { mediaKind: string; mimeType: string }): AssetType | null {
  if (isAssetType(upload.mediaKind)) return upload.mediaKind;
  return upload.mimeType ? assetTypeOfMime(upload.mimeType) : null;
}
