import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import type { EntitySchema, MixedList } from 'typeorm';
import { createDataSource, ensureDatabase, type DataSource } from '@mam/db';
import {
  CreateEventTables1764400000000,
  createOutboxRelay,
  type BusSubscription,
  type EventBus,
  type EventConsumer,
} from '@mam/events';
import { createSubgraphServer, type ClientFacts, type Identity, type RequestContext } from '@mam/graphql';
import type { Logger } from '@mam/logger';

/** A long-lived part of a service beside its server, relay and consumers. */
export interface Part {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServiceRuntimeOptions<Context extends RequestContext> {
  name: string;
  databaseUrl: string;
  /** Connections the pool may hold open at once (the service's DATABASE_POOL_SIZE). */
  databasePoolSize?: number;
  entities: MixedList<EntitySchema | (abstract new (...args: never[]) => unknown)>;
  /** The service's own migrations; the event tables' migration runs first. */
  migrations: (new (...args: never[]) => unknown)[];
  bus: EventBus;
  logger: Logger;
  gatewaySecret: string;
  host: string;
  port: number;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  context: (identity: Identity, dataSource: DataSource, client?: ClientFacts) => Context;
  consumers?: (dataSource: DataSource) => BusSubscription[];
  /** Further HTTP routes of the service (uploads, media), beside /graphql. */
  routes?: (app: import('express').Express, dataSource: DataSource) => void;
  /** Further parts (search index, live-update listeners), started before the consumers and stopped after them. */
  parts?: (dataSource: DataSource) => Part[];
}

/**
 * The lifecycle every service shares: its own database (created and migrated), the outbox relay,
 * its consumers, its subgraph server; stopped in reverse order so in-flight work drains.
 */
export function createServiceRuntime<Context extends RequestContext>(options: ServiceRuntimeOptions<Context>) {
  const { logger, bus } = options;
  const dataSource = createDataSource({
    url: options.databaseUrl,
    poolSize: options.databasePoolSize,
    entities: options.entities,
    migrations: [CreateEventTables1764400000000, ...options.migrations],
  });
  const relay = createOutboxRelay({ dataSource, databaseUrl: options.databaseUrl, bus, logger });
  const server = createSubgraphServer<Context>({
    name: options.name,
    typeDefs: options.typeDefs,
    resolvers: options.resolvers,
    gatewaySecret: options.gatewaySecret,
    host: options.host,
    port: options.port,
    logger,
    context: (identity, client) => options.context(identity, dataSource, client),
    routes: options.routes && ((app) => options.routes!(app, dataSource)),
    ready: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')).length === 1,
    degraded: () => subscriptions.flatMap((s) => (s as Partial<EventConsumer>).stall?.() ?? []),
  });
  let subscriptions: BusSubscription[] = [];
  let parts: Part[] = [];

  return {
    dataSource,
    relay,
    server,
    get url() {
      return server.url;
    },
    async start(): Promise<string> {
      await ensureDatabase(options.databaseUrl);
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await relay.start();
      parts = options.parts?.(dataSource) ?? [];
      for (const part of parts) await part.start();
      subscriptions = options.consumers?.(dataSource) ?? [];
      for (const subscription of subscriptions) await bus.subscribe(subscription);
      return server.start();
    },
    async stop(): Promise<void> {
      await server.stop();
      // Every consumer group leaves at once: each one waits out the fetch it has in flight.
      await Promise.all([...new Set(subscriptions.map((s) => s.group))].map((group) => bus.stop(group)));
      for (const part of [...parts].reverse()) await part.stop();
      await relay.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      logger.info(`${options.name} stopped`);
    },
  };
}

export type ServiceRuntime = ReturnType<typeof createServiceRuntime>;
