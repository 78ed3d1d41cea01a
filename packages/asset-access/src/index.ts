export * from './asset-access.migration';
export * from './asset-created.consumer';
export * from './visible-asset';
