import { z } from 'zod';
import { defaultPortOf, graphqlUrl, type ServiceName } from './services';

export { z };
export * from './services';
export * from './source-path';

/** Raised when the environment does not satisfy a service's config shape; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` against `shape`, reporting every bad or missing variable at once. */
export function parseConfig<S extends z.ZodType>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = shape.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** For a process's composition root: on a bad value print every problem and exit 1. */
export function loadConfigOrExit<S extends z.ZodType>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  try {
    return parseConfig(shape, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Shared variable shapes, so every service spells them the same way. */
export const vars = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  host: () => z.string().min(1).default('127.0.0.1'),
  postgresUrl: () =>
    z.string().regex(/^postgres(ql)?:\/\/.+\/[A-Za-z0-9_]+$/, 'must be a postgres:// URL that names a database'),
  secret: () => z.string().min(32, 'must be at least 32 characters'),
  /** Comma separated host:port list; empty means events are delivered in-process (embedded mode). */
  brokers: () =>
    z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port'))),
  topicPrefix: () =>
    z
      .string()
      .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore only')
      .default(''),
  /** Another service's GraphQL URL (`ASSETS_URL` … `ARCHIVE_URL`), at its default local port unless set. */
  serviceUrl: (name: ServiceName) => z.url().default(graphqlUrl('127.0.0.1', defaultPortOf(name))),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

/** The variables every subgraph service reads, its port defaulting to its place in the service list; a service extends this with its own. */
export function serviceConfigShape(service: ServiceName) {
  return z.object({
    HOST: vars.host(),
    PORT: vars.port(defaultPortOf(service)),
    DATABASE_URL: vars.postgresUrl(),
    /** Connections the service's pool may hold open at once; queries beyond them wait for one. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    GATEWAY_SIGNING_SECRET: vars.secret(),
    KAFKA_BROKERS: vars.brokers(),
    KAFKA_TOPIC_PREFIX: vars.topicPrefix(),
    LOG_LEVEL: vars.logLevel(),
  });
}
export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigShape>>;
