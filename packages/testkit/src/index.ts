export * from './helpers';
export * from './media-fixtures';
export * from './parse-xml';
