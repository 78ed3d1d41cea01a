/**
 * The one list of the platform's parts: the five subgraph services, in composition and start
 * order, with their default ports. The gateway, `npm start`, the tests, the benchmarks and the
 * deployment checks all derive names, ports, URLs, variables and database names from it.
 */
export const SERVICES = [
  { name: 'assets', port: 4001 },
  { name: 'ingest', port: 4002 },
  { name: 'review', port: 4003 },
  { name: 'distribution', port: 4004 },
  { name: 'archive', port: 4005 },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

export const SERVICE_NAMES: readonly ServiceName[] = SERVICES.map((s) => s.name);

/** The gateway's default port; service N listens `port - GATEWAY_PORT` ports above it. */
export const GATEWAY_PORT = 4000;

/** A service's default port. */
export function defaultPortOf(name: ServiceName): number {
  const found = SERVICES.find((s) => s.name === name);
  if (!found) throw new Error(`unknown service ${name}`);
  return found.port;
}

/** The gateway variable that holds a service's URL: `ASSETS_URL`, … */
export type ServiceUrlVariable = `${Uppercase<ServiceName>}_URL`;
export const serviceUrlVariable = <N extends ServiceName>(name: N) =>
  `${name.toUpperCase()}_URL` as `${Uppercase<N>}_URL`;

/** A service's GraphQL endpoint at a host and port. */
export const graphqlUrl = (host: string, port: number) => `http://${host}:${port}/graphql`;

/** A service's database: `<prefix>_<service>` (`mam_assets`, …). */
export const databaseName = (prefix: string, name: ServiceName) => `${prefix}_${name}`;

/** Where a service's process entry point lives, from the repository root. */
export const serviceEntry = (name: ServiceName) => `services/${name}/src/main.ts`;

/** Where the gateway's process entry point lives, from the repository root. */
export const GATEWAY_ENTRY = 'gateway/src/main.ts';

/**
 * Node's arguments that run an entry point (as above, from the repository root) from the compiled
 * tree `npm run build` writes, as `npm start`, the services' start scripts and the image do:
 * workspace imports resolve to compiled files and no TypeScript runs.
 *
 * `--max-semi-space-size=2` (MiB): V8's young generation otherwise grows to 16 MiB per semi-space
 * (three of them committed), which an idle service never needs; measured with `npm run bench -- start`,
 * it takes 30 to 80 MiB off each process's idle RSS, and the upload bench's throughput stays the same
 * (streamed bodies are short-lived chunks that a small young generation collects as cheaply).
 */
export const compiledEntryArguments = (entry: string) => [
  '--max-semi-space-size=2',
  '--enable-source-maps',
  '--no-experimental-strip-types',
  '--require',
  './.build/scripts/compiled-imports.js',
  `./.build/${entry.replace(/\.ts$/, '.js')}`,
];
