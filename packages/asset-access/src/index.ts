export * from './asset-access.migration';
export * from './asset-access-entries.migration';
export * from './asset-lock.migration';
export * from './asset-access.consumer';
export * from './migrations';
export * from './visible-asset';
export * from './visible-updates';
export * from './collection-members';
