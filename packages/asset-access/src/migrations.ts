import { CreateAssetAccess1764400000050 } from './asset-access.migration';
import { AddAssetAccessEntries1764400000060 } from './asset-access-entries.migration';
import { AddAssetLock1764400000070 } from './asset-lock.migration';

/** The projection's migrations, in order, for every service that keeps it. */
export const ASSET_ACCESS_MIGRATIONS = [
  CreateAssetAccess1764400000050,
  AddAssetAccessEntries1764400000060,
  AddAssetLock1764400000070,
];
