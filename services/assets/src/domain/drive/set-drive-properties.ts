import type { DataSource } from '@mam/db';
import { badInput, notFound, requireRole, type Identity } from '@mam/graphql';
import { drivePropertyRepository } from '../../repositories/drive-property.repository';
import type { AssetSearchIndex } from '../../search/search-index';
import { collectionAccess } from '../access/collection-access';
import { roleOnAssetOf } from '../access/asset-access';
import { readDriveEntry, type DriveFile } from './read-drive-entry';

const VALUE_MAX = 65_536;

/** Sets the property to `value`, or removes it when `value` is null. */
export interface DrivePropertyChange {
  namespace: string;
  name: string;
  value?: string | null;
}
const CHANGES_MAX = 100;

/** Where a drive entry's properties are kept. */
export function propertyTarget(entry: { file?: DriveFile | null; collectionId?: string | null }): string | null {
  if (entry.file) return `${entry.file.kind.toLowerCase()}:${entry.file.asset.id}`;
  return entry.collectionId ? `collection:${entry.collectionId}` : null;
}

/**
 * Sets and removes properties of the entry a drive path names, in the given order, all or none:
 * for editors and admins of the asset (or the collection). The root keeps none.
 */
export async function setDriveProperties(
  dataSource: DataSource,
  search: AssetSearchIndex,
  identity: Identity,
  input: { path: string[]; changes: DrivePropertyChange[] },
): Promise<boolean> {
  if (input.changes.length > CHANGES_MAX) throw badInput(`At most ${CHANGES_MAX} property changes at once`, 'changes');
  if (input.changes.some((c) => (c.value?.length ?? 0) > VALUE_MAX || !c.name))
    throw badInput('Property values are at most 64 KiB and every property has a name', 'changes');
  const entry = await readDriveEntry(dataSource, search, identity, input.path);
  if (!entry) throw notFound('Nothing is at that drive path');
  const target = propertyTarget({ file: entry.file, collectionId: entry.folder?.collection?.id });
  if (!target) throw badInput('The root of the drive keeps no properties', 'path');
  const manager = dataSource.manager;
  if (entry.file) requireRole(await roleOnAssetOf(manager, identity, entry.file.asset), 'editor', 'the asset');
  else
    requireRole(
      (await collectionAccess(manager, identity)).roleOf(entry.folder!.collection!),
      'editor',
      'the collection',
    );
  await dataSource.transaction(async (tx) => {
    for (const { namespace, name, value } of input.changes)
      if (value === null || value === undefined)
        await drivePropertyRepository.remove(tx, identity.workspaceId, target, namespace, name);
      else await drivePropertyRepository.set(tx, identity.workspaceId, target, { namespace, name, value });
  });
  return true;
}
