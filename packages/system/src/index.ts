export * from './start-system';
