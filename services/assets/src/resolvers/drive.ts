import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { driveMountOf } from '../domain/drive/drive-mount';
import { readDriveEntry } from '../domain/drive/read-drive-entry';

export function driveEntry(_root: unknown, args: { path: string[] }, context: AssetsContext) {
  return readDriveEntry(context.dataSource, context.search, requireIdentity(context), args.path);
}

export function driveMount(_root: unknown, _args: unknown, context: AssetsContext) {
  requireIdentity(context);
  return driveMountOf(context.publicBaseUrl);
}
