import type { DataSource } from '@mam/db';
import { rolesOnAssets } from '../access/asset-access';
import { collectionAccess } from '../access/collection-access';
import type { Identity } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { versionMediaRepository } from '../../repositories/version-media.repository';
import { collectionRepository } from '../../repositories/collection.repository';
import type { AssetSearchIndex } from '../../search/search-index';
import { assetsNotFound } from '../assets/asset-errors';
import { collectionNotFound, invalidCollectionInput } from './collection-errors';
import { buildAvidCsv } from './build-avid-csv';
import { buildFcpxml, type EditingProject } from './build-fcpxml';
import {
  planEditingClips,
  type EditingMedia,
  type EditingPlan,
  type EditingSource,
  type SkippedSource,
} from './plan-editing-clips';
import { driveFolderOf, type DriveFile } from '../drive/read-drive-entry';
import { smartCollectionAssetIds } from './search-smart-collection';

export const EDITING_FORMATS = ['FCPXML', 'AVID_CSV'] as const;
export type EditingFormat = (typeof EDITING_FORMATS)[number];

/** Each format's document: its file extension and how it is written from the clips. */
const DOCUMENTS: Record<EditingFormat, { extension: string; build: (project: EditingProject) => string }> = {
  FCPXML: { extension: 'fcpxml', build: buildFcpxml },
  AVID_CSV: { extension: 'csv', build: buildAvidCsv },
};
export const EXPORT_ASSETS_MAX = 1000;

export interface EditingExport {
  format: EditingFormat;
  filename: string;
  content: string;
  media: EditingMedia[];
  skipped: SkippedSource[];
}

/** A name usable as a file name on every editing workstation: no path or reserved characters, not empty. */
export function exportFilename(name: string, format: EditingFormat): string {
  const safe = name
    .replace(/[\u0000-\u001F\u007F/\\:*?"<>|]+/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'export'}.${DOCUMENTS[format].extension}`;
}

/** The folder URL media references are written under: an absolute file URL, ending in a slash. */
export function mediaBaseUrlInput(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidCollectionInput([
      { key: 'mediaBaseUrl', message: 'mediaBaseUrl must be an absolute file URL such as file:///Volumes/Media/' },
    ]);
  }
  if (url.protocol !== 'file:' || url.search || url.hash)
    throw invalidCollectionInput([
      {
        key: 'mediaBaseUrl',
        message: 'mediaBaseUrl must be a file URL of a folder (file:///…/), without query or fragment',
      },
    ]);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function formatInput(format: string): EditingFormat {
  if (!(EDITING_FORMATS as readonly string[]).includes(format))
    throw invalidCollectionInput([{ key: 'format', message: `format must be one of ${EDITING_FORMATS.join(', ')}` }]);
  return format as EditingFormat;
}

/** Where macOS mounts the drive when nothing else is said. */
const DEFAULT_DRIVE_MOUNT = 'file:///Volumes/dav/';

interface DriveLayout {
  files: DriveFile[];
  conform: boolean;
}

/** Names each clip's media as the drive names the files of its version: the master, and the proxy unless conforming. */
function onDrive(plan: EditingPlan, drive: DriveLayout): void {
  const named = (versionId: string, kind: DriveFile['kind']) =>
    drive.files.find((f) => f.version.id === versionId && f.kind === kind)?.name ?? null;
  plan.media.forEach((media, index) => {
    const clip = plan.clips[index];
    clip.name = named(media.versionId, 'MASTER') ?? clip.name;
    clip.proxyFilename = drive.conform ? null : named(media.versionId, 'PROXY');
    media.filename = clip.name;
    media.proxyFilename = clip.proxyFilename;
  });
}

/** The current version of each asset the caller may see, in the given order, with what the projection knows of its media. */
async function sourcesOf(
  manager: EntityManager,
  identity: Identity,
  assetIds: string[],
): Promise<{ sources: EditingSource[]; skipped: SkippedSource[] }> {
  const workspaceId = identity.workspaceId;
  const inWorkspace = await assetWriteRepository.findMany(manager, workspaceId, assetIds);
  const visible = await rolesOnAssets(manager, identity, inWorkspace);
  const assets = new Map(inWorkspace.filter((a) => visible.has(a.id)).map((a) => [a.id, a]));
  const versionIds = [...assets.values()].flatMap((a) => (a.currentVersionId ? [a.currentVersionId] : []));
  const versions = new Map((await assetWriteRepository.findVersions(manager, versionIds)).map((v) => [v.id, v]));
  const media = new Map(
    (await versionMediaRepository.findMany(manager, workspaceId, versionIds)).map((m) => [m.versionId, m]),
  );
  const sources: EditingSource[] = [];
  const skipped: SkippedSource[] = [];
  for (const id of assetIds) {
    const asset = assets.get(id);
    if (!asset) continue;
    const version = asset.currentVersionId ? versions.get(asset.currentVersionId) : undefined;
    if (!version) {
      skipped.push({ assetId: id, versionId: null, reason: 'the asset has no file yet' });
      continue;
    }
    const facts = media.get(version.id);
    sources.push({
      assetId: id,
      versionId: version.id,
      filename: version.filename,
      media: facts && facts.assetId === id ? facts : null,
    });
  }
  return { sources, skipped };
}

async function buildExport(
  manager: EntityManager,
  identity: Identity,
  name: string,
  assetIds: string[],
  format: EditingFormat,
  mediaBaseUrl: string | null,
  drive?: DriveLayout,
): Promise<EditingExport> {
  const { sources, skipped } = await sourcesOf(manager, identity, assetIds);
  const plan = planEditingClips(sources);
  if (drive) onDrive(plan, drive);
  return {
    format,
    filename: exportFilename(name, format),
    content: DOCUMENTS[format].build({ name, clips: plan.clips, mediaBaseUrl }),
    media: plan.media,
    skipped: [...skipped, ...plan.skipped],
  };
}

/**
 * Hands a collection to an editing application: its assets' current versions in collection order
 * (a smart collection: in its search's order). Nothing is written.
 */
export async function exportCollectionForEditing(
  dataSource: DataSource,
  search: AssetSearchIndex,
  identity: Identity,
  input: { collectionId: string; format: string; mediaBaseUrl?: string | null; drive?: boolean; conform?: boolean },
): Promise<EditingExport> {
  const format = formatInput(input.format);
  let mediaBaseUrl = mediaBaseUrlInput(input.mediaBaseUrl);
  const manager = dataSource.manager;
  const found = await collectionRepository(manager).find(identity.workspaceId, input.collectionId);
  const collection = found && (await collectionAccess(manager, identity)).roleOf(found) ? found : null;
  if (!collection) throw collectionNotFound();
  const ids =
    collection.kind === 'SMART'
      ? await smartCollectionAssetIds(search, collection, identity, EXPORT_ASSETS_MAX + 1)
      : await collectionRepository(manager).memberIds(collection.id, EXPORT_ASSETS_MAX + 1);
  if (ids.length > EXPORT_ASSETS_MAX)
    throw invalidCollectionInput([
      { key: 'collectionId', message: `At most ${EXPORT_ASSETS_MAX} assets can be handed off at once` },
    ]);
  let drive: DriveLayout | undefined;
  if (input.drive) {
    const found = await driveFolderOf(dataSource, search, identity, collection);
    mediaBaseUrl = new URL(
      found.path.map((name) => `${encodeURIComponent(name)}/`).join(''),
      mediaBaseUrl ?? DEFAULT_DRIVE_MOUNT,
    ).href;
    drive = { files: found.folder.files, conform: input.conform ?? false };
  }
  return buildExport(manager, identity, collection.name, ids, format, mediaBaseUrl, drive);
}

/** Hands chosen assets of the caller's workspace to an editing application, in the given order. */
export async function exportAssetsForEditing(
  dataSource: DataSource,
  identity: Identity,
  input: { assetIds: string[]; format: string; mediaBaseUrl?: string | null },
): Promise<EditingExport> {
  const format = formatInput(input.format);
  const mediaBaseUrl = mediaBaseUrlInput(input.mediaBaseUrl);
  const ids = [...new Set(input.assetIds)];
  if (ids.length === 0) throw invalidCollectionInput([{ key: 'assetIds', message: 'Give at least one asset' }]);
  if (ids.length > EXPORT_ASSETS_MAX)
    throw invalidCollectionInput([
      { key: 'assetIds', message: `At most ${EXPORT_ASSETS_MAX} assets can be handed off at once` },
    ]);
  const manager = dataSource.manager;
  const inWorkspace = await assetWriteRepository.findMany(manager, identity.workspaceId, ids.filter(isUuid));
  const found = await rolesOnAssets(manager, identity, inWorkspace);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw assetsNotFound(missing);
  return buildExport(manager, identity, 'Selection', ids, format, mediaBaseUrl);
}
