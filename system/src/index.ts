export * from './start-system';
export * from './first-sign-in';
export * from './embedded-postgres';
export * from './test-system';
export * from './environment';
