import { databaseName, GATEWAY_PORT, defaultPortOf, serviceUrlVariable, type ServiceName } from '@mam/config';

export interface PartEnvironmentOptions {
  host: string;
  /** The gateway's port; each service takes its place in the service list above it (4001… from 4000). 0: every part a free port. */
  basePort: number;
  gatewaySecret: string;
  logLevel: string;
}

export interface ServiceEnvironmentOptions extends PartEnvironmentOptions {
  /** postgres://user@host:port of the server that holds one database per service. */
  databaseUrlBase: string;
  /** Databases are named `<prefix>_<service>`. */
  databasePrefix: string;
  kafkaBrokers: string[];
  topicPrefix?: string;
  /** Each service's DATABASE_POOL_SIZE; unset, the services' default. */
  databasePoolSize?: number;
}

/** A part's port from the gateway's: the same offsets as the default ports (0 stays 0). */
export function portFrom(basePort: number, name: ServiceName | 'gateway'): number {
  if (basePort === 0) return 0;
  return basePort + (name === 'gateway' ? 0 : defaultPortOf(name) - GATEWAY_PORT);
}

/** The environment every service of the list starts from, in-process (`npm start`, tests) or as its own process (benchmarks). */
export function serviceEnvironment(name: ServiceName, options: ServiceEnvironmentOptions): Record<string, string> {
  return {
    HOST: options.host,
    PORT: String(portFrom(options.basePort, name)),
    DATABASE_URL: `${options.databaseUrlBase.replace(/\/$/, '')}/${databaseName(options.databasePrefix, name)}`,
    ...(options.databasePoolSize ? { DATABASE_POOL_SIZE: String(options.databasePoolSize) } : {}),
    GATEWAY_SIGNING_SECRET: options.gatewaySecret,
    KAFKA_BROKERS: options.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: options.topicPrefix ?? '',
    LOG_LEVEL: options.logLevel,
  };
}

/** The gateway's environment, pointed at the services' URLs (a service left out keeps its default local URL). */
export function gatewayEnvironment(
  urls: Partial<Record<ServiceName, string>>,
  options: PartEnvironmentOptions & { jwtSecret: string; publicBaseUrl?: string },
): Record<string, string> {
  return {
    HOST: options.host,
    PORT: String(portFrom(options.basePort, 'gateway')),
    GATEWAY_SIGNING_SECRET: options.gatewaySecret,
    JWT_SECRET: options.jwtSecret,
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [serviceUrlVariable(name as ServiceName), url])),
    PUBLIC_BASE_URL: options.publicBaseUrl ?? '',
    LOG_LEVEL: options.logLevel,
  };
}
