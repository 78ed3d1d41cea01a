export { ensureDatabase, dropDatabase, databaseName } from './ensure-database';
export { createDataSource } from './data-source';
export type { DataSource, EntityManager } from 'typeorm';
export { createNotificationHub, type NotificationHub, type SubscribeOptions } from './notification-hub';
export { createReconnectingListener, type ReconnectingListener } from './reconnecting-listener';
export { isUnavailable, UnavailableError } from './unavailable';
