export { ensureDatabase, dropDatabase, databaseName } from './ensure-database';
export { createDataSource } from './data-source';
export type { DataSource, EntityManager } from 'typeorm';
export { createNotificationHub, type NotificationHub } from './notification-hub';
