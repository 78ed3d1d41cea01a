export * from './blob-storage';
export * from './filesystem-storage';
export * from './signed-url';
export * from './storage-keys';
export * from './send-blob';
