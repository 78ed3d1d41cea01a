import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { driveMountOf } from '../domain/drive/drive-mount';
import { readDriveEntry, type DriveFile, type DriveFolder } from '../domain/drive/read-drive-entry';
import {
  propertyTarget,
  setDriveProperties as setProperties,
  type DrivePropertyChange,
} from '../domain/drive/set-drive-properties';
import { drivePropertyRepository } from '../repositories/drive-property.repository';

export function driveEntry(_root: unknown, args: { path: string[] }, context: AssetsContext) {
  return readDriveEntry(context.dataSource, context.search, requireIdentity(context), args.path);
}

export function driveMount(_root: unknown, _args: unknown, context: AssetsContext) {
  requireIdentity(context);
  return driveMountOf(context.publicBaseUrl);
}

export function setDriveProperties(
  _root: unknown,
  args: { path: string[]; changes: DrivePropertyChange[] },
  context: AssetsContext,
) {
  return setProperties(context.dataSource, context.search, requireIdentity(context), args);
}

function propertiesOf(target: string | null, context: AssetsContext) {
  return target
    ? drivePropertyRepository.list(context.dataSource.manager, requireIdentity(context).workspaceId, target)
    : [];
}

export const DriveFileResolvers = {
  properties: (file: DriveFile, _args: unknown, context: AssetsContext) =>
    propertiesOf(propertyTarget({ file }), context),
};

export const DriveFolderResolvers = {
  properties: (folder: DriveFolder, _args: unknown, context: AssetsContext) =>
    propertiesOf(propertyTarget({ collectionId: folder.collection?.id }), context),
};
