export * from './service-runtime';
export * from './create-bus';
export * from './load-schema';
export * from './run-until-signal';
export * from './run-service';
export * from './on-stop-signal';
