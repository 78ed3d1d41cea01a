import { join } from 'node:path';
import { parseConfig } from '@mam/config';
import { createInProcessBus, type EventBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { createBus } from '@mam/runtime';
import { assetsConfigShape } from '@mam/assets/src/config';
import { createAssetsService } from '@mam/assets/src/service';
import { ingestConfigShape } from '@mam/ingest/src/config';
import { createIngestService } from '@mam/ingest/src/service';
import { reviewConfigShape } from '@mam/review/src/config';
import { createReviewService } from '@mam/review/src/service';
import { distributionConfigShape } from '@mam/distribution/src/config';
import { createDistributionService } from '@mam/distribution/src/service';
import { archiveConfigShape } from '@mam/archive/src/config';
import { createArchiveService } from '@mam/archive/src/service';
import { gatewayConfigShape } from '@mam/gateway/src/config';
import { createGateway } from '@mam/gateway/src/gateway';

export interface SystemOptions {
  /** postgres://user@host:port of the server that holds one database per service. */
  databaseUrlBase: string;
  /** Databases are named `<prefix>_<service>`. */
  databasePrefix: string;
  /** Empty: events are delivered in-process from the outbox tables (embedded mode). */
  kafkaBrokers: string[];
  topicPrefix?: string;
  /** Empty: PostgreSQL full-text search. */
  elasticsearchUrl?: string;
  searchIndex?: string;
  gatewaySecret: string;
  jwtSecret: string;
  /** Signs rendition URLs. */
  mediaSecret: string;
  /** Masters, renditions and partial uploads live under this folder. */
  dataDir: string;
  /** Extra ingest settings (watch folder, limits). */
  ingest?: Record<string, string>;
  host?: string;
  /** The gateway's public URL: invite links, Secure cookies when https, absolute rendition URLs (unless `ingest` sets its own). */
  publicBaseUrl?: string;
  /** Gateway port; services take the next five. 0 gives every part a free port. */
  port?: number;
  logLevel?: string;
}

const SERVICES = ['assets', 'ingest', 'review', 'distribution', 'archive'] as const;
type ServiceName = (typeof SERVICES)[number];

/** Starts the five subgraph services and the gateway in this process: embedded mode and end-to-end tests. */
export async function startSystem(options: SystemOptions) {
  const host = options.host ?? '127.0.0.1';
  const basePort = options.port ?? 4000;
  const portOf = (index: number) => (basePort === 0 ? 0 : basePort + index);
  const logLevel = options.logLevel ?? process.env.LOG_LEVEL ?? 'info';
  const sharedBus = options.kafkaBrokers.length === 0 ? createInProcessBus() : undefined;
  const buses: EventBus[] = sharedBus ? [sharedBus] : [];
  const busFor = (name: ServiceName) => {
    if (sharedBus) return sharedBus;
    const bus = createBus({ brokers: options.kafkaBrokers, topicPrefix: options.topicPrefix ?? '', clientId: name, logger: createLogger(name, logLevel) });
    buses.push(bus);
    return bus;
  };
  const envFor = (name: ServiceName, index: number) => ({
    HOST: host,
    PORT: String(portOf(index + 1)),
    DATABASE_URL: `${options.databaseUrlBase.replace(/\/$/, '')}/${options.databasePrefix}_${name}`,
    GATEWAY_SIGNING_SECRET: options.gatewaySecret,
    KAFKA_BROKERS: options.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: options.topicPrefix ?? '',
    LOG_LEVEL: logLevel,
  });
  const deps = (name: ServiceName) => ({ bus: busFor(name), logger: createLogger(name, logLevel) });

  const assets = createAssetsService(
    parseConfig(assetsConfigShape, { ...envFor('assets', 0), ELASTICSEARCH_URL: options.elasticsearchUrl ?? '', SEARCH_INDEX: options.searchIndex ?? 'mam-assets', PUBLIC_BASE_URL: options.publicBaseUrl ?? '' }),
    deps('assets'),
  );
  const ingest = createIngestService(
    parseConfig(ingestConfigShape, {
      ...envFor('ingest', 1),
      MEDIA_SIGNING_SECRET: options.mediaSecret,
      STORAGE_DIR: join(options.dataDir, 'storage'),
      UPLOAD_DIR: join(options.dataDir, 'uploads'),
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
      ...options.ingest,
    }),
    deps('ingest'),
  );
  const review = createReviewService(parseConfig(reviewConfigShape, envFor('review', 2)), deps('review'));
  const distribution = createDistributionService(parseConfig(distributionConfigShape, envFor('distribution', 3)), deps('distribution'));
  const archive = createArchiveService(parseConfig(archiveConfigShape, envFor('archive', 4)), deps('archive'));
  const services = { assets, ingest, review, distribution, archive };

  const started: { stop(): Promise<void> }[] = [];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop();
    for (const bus of buses) await bus.stop();
  };
  try {
    const urls: Record<string, string> = {};
    for (const name of SERVICES) {
      urls[name] = await services[name].start();
      started.push(services[name]);
    }
    const gateway = createGateway(
      parseConfig(gatewayConfigShape, {
        HOST: host,
        PORT: String(portOf(0)),
        GATEWAY_SIGNING_SECRET: options.gatewaySecret,
        JWT_SECRET: options.jwtSecret,
        ASSETS_URL: urls.assets,
        INGEST_URL: urls.ingest,
        REVIEW_URL: urls.review,
        DISTRIBUTION_URL: urls.distribution,
        ARCHIVE_URL: urls.archive,
        PUBLIC_BASE_URL: options.publicBaseUrl ?? '',
        LOG_LEVEL: logLevel,
      }),
      { logger: createLogger('gateway', logLevel) },
    );
    const gatewayUrl = await gateway.start();
    started.push(gateway);
    return { gatewayUrl, gateway, services, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;
