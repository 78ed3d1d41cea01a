import { randomBytes } from 'node:crypto';
import { signedRequestHeaders, type Identity } from '@mam/graphql';

/** Where the real infrastructure of integration tests answers (`npm run infra:up` starts it). */
export function testInfrastructure() {
  return {
    databaseUrlBase: process.env.DATABASE_URL_BASE ?? 'postgres://postgres@127.0.0.1:5432',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').filter(Boolean),
    elasticsearchUrl: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200',
    /** The S3-compatible server infra/up.sh starts (S3Proxy), with its local-only credentials. */
    s3: {
      endpoint: process.env.S3_ENDPOINT ?? 'http://127.0.0.1:9190',
      accessKeyId: process.env.S3_ACCESS_KEY_ID ?? 'mam-local',
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? 'mam-local-secret-key',
    },
  };
}

/** A name unique to one test file's run: its databases, topics, groups and indexes carry it. */
export function uniqueName(label: string): string {
  return `t_${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export const testSecret = () => randomBytes(32).toString('hex');

/** Polls until `check` returns a value other than undefined/false, or fails with the last error. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out waiting for ${options.what ?? 'condition'}${lastError ? `: ${(lastError as Error).message}` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation the way a partner app would. */
export async function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; authorization?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.authorization ? { authorization: options.authorization } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** Posts one GraphQL operation straight to a subgraph as the gateway's query plan would: with the identity signed and bound to this request. */
export async function subgraphRequest<T = Record<string, any>>(
  url: string,
  identity: Identity,
  gatewaySecret: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const target = new URL(url);
  const headers = await signedRequestHeaders(identity, gatewaySecret, {
    method: 'POST',
    path: `${target.pathname}${target.search}`,
    body,
  });
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const answer = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: answer.data, errors: answer.errors };
}
