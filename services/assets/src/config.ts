import { vars, z } from '@mam/config';

/** Environment of the assets service, validated at start. */
export const assetsConfigShape = z.object({
  HOST: vars.host(),
  PORT: vars.port(4001),
  DATABASE_URL: vars.postgresUrl(),
  GATEWAY_SIGNING_SECRET: vars.secret(),
  KAFKA_BROKERS: vars.brokers(),
  KAFKA_TOPIC_PREFIX: vars.topicPrefix(),
  /** Elasticsearch 8.x; when empty, PostgreSQL full-text search serves the same interface. */
  ELASTICSEARCH_URL: z.union([z.literal(''), z.url()]).default(''),
  SEARCH_INDEX: z.string().regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash, underscore').default('mam-assets'),
  LOG_LEVEL: vars.logLevel(),
});

export type AssetsConfig = z.infer<typeof assetsConfigShape>;
