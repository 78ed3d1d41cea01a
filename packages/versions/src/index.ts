export * from './asset-version';
export * from './asset-versions.migration';
export * from './migrations';
export * from './version-projection.consumer';
export * from './version-projection.repository';
export * from './visible-version';
export * from './media-timing';
export * from './media-timing.migration';
