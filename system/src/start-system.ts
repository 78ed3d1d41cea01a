import { join } from 'node:path';
import { GATEWAY_PORT, parseConfig, SERVICE_NAMES, serviceUrlVariable, type ServiceName } from '@mam/config';
import { createInProcessBus, type EventBus } from '@mam/events';
import { createLogger, type Logger } from '@mam/logger';
import { createBus } from '@mam/runtime';
import { assetsConfigShape, createAssetsService } from '@mam/assets';
import { ingestConfigShape, createIngestService } from '@mam/ingest';
import { reviewConfigShape, createReviewService } from '@mam/review';
import { distributionConfigShape, createDistributionService } from '@mam/distribution';
import { archiveConfigShape, createArchiveService } from '@mam/archive';
import { gatewayConfigShape, createGateway } from '@mam/gateway';
import { gatewayEnvironment, serviceEnvironment } from './environment';

export interface SystemOptions {
  /** postgres://user@host:port of the server that holds one database per service. */
  databaseUrlBase: string;
  /** Databases are named `<prefix>_<service>`. */
  databasePrefix: string;
  /** Connections each service's pool may hold open at once; unset, the services' default. */
  databasePoolSize?: number;
  /** Empty: events are delivered in-process from the outbox tables (embedded mode). */
  kafkaBrokers: string[];
  topicPrefix?: string;
  /** Empty: PostgreSQL full-text search. */
  elasticsearchUrl?: string;
  searchIndex?: string;
  gatewaySecret: string;
  jwtSecret: string;
  /** Signs rendition URLs, and the download URLs of webhook deliveries. */
  mediaSecret: string;
  /** Encrypts stored credentials at rest (delivery destinations, storage sources); without it, those needing credentials are refused. */
  destinationSecret?: string;
  /** Masters, renditions and partial uploads live under this folder. */
  dataDir: string;
  /** Extra ingest settings (watch folder, limits). */
  ingest?: Record<string, string>;
  /** Extra distribution settings (limits, transfer retries). */
  distribution?: Record<string, string>;
  /** Extra archive settings (locations, copies, fixity schedule). */
  archive?: Record<string, string>;
  /** Extra review settings (the SMTP server for mention emails). */
  review?: Record<string, string>;
  /** Extra gateway settings (limits, introspection). */
  gateway?: Record<string, string>;
  host?: string;
  /** The gateway's public URL: invite links, Secure cookies when https, absolute rendition URLs (unless `ingest` sets its own). */
  publicBaseUrl?: string;
  /** Gateway port; services take the next five. 0 gives every part a free port. */
  port?: number;
  logLevel?: string;
}

/** The composition root's one map from the service list's names to the services' factories. */
const FACTORIES = {
  assets: (env: Record<string, string>, deps: ServiceDeps) =>
    createAssetsService(parseConfig(assetsConfigShape, env), deps),
  ingest: (env: Record<string, string>, deps: ServiceDeps) =>
    createIngestService(parseConfig(ingestConfigShape, env), deps),
  review: (env: Record<string, string>, deps: ServiceDeps) =>
    createReviewService(parseConfig(reviewConfigShape, env), deps),
  distribution: (env: Record<string, string>, deps: ServiceDeps) =>
    createDistributionService(parseConfig(distributionConfigShape, env), deps),
  archive: (env: Record<string, string>, deps: ServiceDeps) =>
    createArchiveService(parseConfig(archiveConfigShape, env), deps),
} satisfies Record<ServiceName, unknown>;

/** The services each service calls directly (each started before it), told their URLs as `<NAME>_URL`. */
export const SERVICE_CALLS: Partial<Record<ServiceName, ServiceName[]>> = {
  ingest: ['assets'],
  distribution: ['ingest'],
  archive: ['ingest', 'assets'],
};

/**
 * Each service's own settings beside the common ones (serviceEnvironment): data folders, secrets,
 * search engine. The same whether the services run in one process or each in its own.
 */
export function serviceSettings(
  options: Omit<SystemOptions, 'databaseUrlBase' | 'databasePrefix' | 'kafkaBrokers' | 'gatewaySecret' | 'jwtSecret'>,
): Record<ServiceName, Record<string, string>> {
  return {
    assets: {
      ELASTICSEARCH_URL: options.elasticsearchUrl ?? '',
      SEARCH_INDEX: options.searchIndex ?? 'mam-assets',
      PUBLIC_BASE_URL: options.publicBaseUrl ?? '',
    },
    ingest: {
      MEDIA_SIGNING_SECRET: options.mediaSecret,
      STORAGE_DIR: join(options.dataDir, 'storage'),
      UPLOAD_DIR: join(options.dataDir, 'uploads'),
      SOURCE_SECRET_KEY: options.destinationSecret ?? '',
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
      ...options.ingest,
    },
    distribution: {
      STORAGE_DIR: join(options.dataDir, 'storage'),
      WORK_DIR: join(options.dataDir, 'distribution'),
      FOLDER_DESTINATION_ROOT: join(options.dataDir, 'deliveries'),
      DESTINATION_SECRET_KEY: options.destinationSecret ?? '',
      DOWNLOAD_DIR: join(options.dataDir, 'downloads'),
      DOWNLOAD_SIGNING_SECRET: options.mediaSecret,
      // Download URLs go through the gateway's /downloads when the system has a public address.
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
      ...options.distribution,
    },
    archive: {
      ONLINE_STORAGE_DIR: join(options.dataDir, 'storage'),
      ARCHIVE_LOCATIONS: `archive-a=${join(options.dataDir, 'archive-a')},archive-b=${join(options.dataDir, 'archive-b')}`,
      ...options.archive,
    },
    review: {
      STORAGE_DIR: join(options.dataDir, 'storage'),
      MEDIA_SIGNING_SECRET: options.mediaSecret,
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
      ...options.review,
    },
  };
}

type ServiceDeps = { bus: EventBus; logger: Logger };
type Services = { [N in ServiceName]: ReturnType<(typeof FACTORIES)[N]> };

/** Starts the five subgraph services and the gateway in this process: embedded mode and end-to-end tests. */
export async function startSystem(options: SystemOptions) {
  const host = options.host ?? '127.0.0.1';
  const basePort = options.port ?? GATEWAY_PORT;
  const logLevel = options.logLevel ?? process.env.LOG_LEVEL ?? 'info';
  const sharedBus = options.kafkaBrokers.length === 0 ? createInProcessBus() : undefined;
  const buses: EventBus[] = sharedBus ? [sharedBus] : [];
  const busFor = (name: ServiceName) => {
    if (sharedBus) return sharedBus;
    const bus = createBus({
      brokers: options.kafkaBrokers,
      topicPrefix: options.topicPrefix ?? '',
      clientId: name,
      logger: createLogger(name, logLevel),
    });
    buses.push(bus);
    return bus;
  };
  const common = { host, basePort, gatewaySecret: options.gatewaySecret, logLevel };
  const extra = serviceSettings(options);
  const urls: Partial<Record<ServiceName, string>> = {};
  const create = <N extends ServiceName>(name: N) => {
    const env = {
      ...serviceEnvironment(name, {
        ...common,
        databaseUrlBase: options.databaseUrlBase,
        databasePrefix: options.databasePrefix,
        databasePoolSize: options.databasePoolSize,
        kafkaBrokers: options.kafkaBrokers,
        topicPrefix: options.topicPrefix,
      }),
      ...Object.fromEntries((SERVICE_CALLS[name] ?? []).map((called) => [serviceUrlVariable(called), urls[called]!])),
      ...extra[name],
    };
    return FACTORIES[name](env, { bus: busFor(name), logger: createLogger(name, logLevel) }) as Services[N];
  };
  // Each service is made once those it calls have started (their URLs known, free ports included).
  const services = {} as Services;

  const started: ServiceName[] = [];
  let gateway: ReturnType<typeof createGateway> | undefined;
  // In order: the gateway (no new requests), then every service's outbox relay (what is being
  // delivered is handed over, nothing new is; undelivered rows wait in the outbox), then each
  // service drains its consumers and workers and closes its database connections, then the buses.
  const stop = async () => {
    if (gateway) await gateway.stop();
    gateway = undefined;
    const running = started.splice(0).reverse();
    for (const name of running) await services[name].relay.stop();
    // Nothing new is published once the relays are stopped, so the services drain side by side.
    await Promise.all(running.map((name) => services[name].stop()));
    for (const bus of buses) await bus.stop();
  };
  try {
    for (const name of SERVICE_NAMES) {
      (services as Record<ServiceName, Services[ServiceName]>)[name] = create(name);
      urls[name] = await services[name].start();
      started.push(name);
    }
    gateway = createGateway(
      parseConfig(gatewayConfigShape, {
        ...gatewayEnvironment(urls, { ...common, jwtSecret: options.jwtSecret, publicBaseUrl: options.publicBaseUrl }),
        ...options.gateway,
      }),
      { logger: createLogger('gateway', logLevel) },
    );
    const gatewayUrl = await gateway.start();
    return { gatewayUrl, gateway, services, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;
