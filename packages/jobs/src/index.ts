export * from './job-row';
export * from './jobs-table.migration';
export * from './jobs-repository';
export * from './job-queue';
export * from './job-registry';
export * from './job-worker';
export * from './job-sweeper';
