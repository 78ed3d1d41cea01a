export * from './start-system';
export * from './test-system';
