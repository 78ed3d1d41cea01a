export * from './start-system';
export * from './first-sign-in';
