export * from './helpers';
export * from './media-fixtures';
export * from './test-system';
