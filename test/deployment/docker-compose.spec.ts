import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { databaseName, graphqlUrl, parseConfig, SERVICES, serviceUrlVariable, type z } from '@mam/config';
import { assetsConfigShape } from '@mam/assets';
import { ingestConfigShape } from '@mam/ingest';
import { reviewConfigShape } from '@mam/review';
import { distributionConfigShape } from '@mam/distribution';
import { archiveConfigShape } from '@mam/archive';
import { gatewayConfigShape } from '@mam/gateway';

const compose = parse(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true });
const shapes: Record<string, z.ZodType> = {
  assets: assetsConfigShape,
  ingest: ingestConfigShape,
  review: reviewConfigShape,
  distribution: distributionConfigShape,
  archive: archiveConfigShape,
  gateway: gatewayConfigShape,
};

/** Resolves ${VAR}, ${VAR:-default} and ${VAR:?message} the way docker compose does. */
function interpolate(value: unknown, env: Record<string, string>): string {
  return String(value).replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => {
    if (env[name] !== undefined) return env[name];
    if (op === '-') return arg ?? '';
    throw new Error(`${name} is required: ${arg}`);
  });
}

describe('docker-compose.yml', () => {
  const userEnv = {
    GATEWAY_SIGNING_SECRET: 'g'.repeat(64),
    JWT_SECRET: 'j'.repeat(64),
    MEDIA_SIGNING_SECRET: 'm'.repeat(64),
  };

  it.each(Object.keys(shapes))('gives %s every variable its config requires, with valid values', (service) => {
    const definition = compose.services[service];
    expect(definition).toBeDefined();
    const env = Object.fromEntries(
      Object.entries(definition.environment ?? {}).map(([k, v]) => [k, interpolate(v, userEnv)]),
    );
    expect(() => parseConfig(shapes[service], env)).not.toThrow();
    expect(definition.healthcheck?.test).toBeDefined();
  });

  it('runs every service of the service list on its port, with its own database, and points the gateway at it', () => {
    const gateway = compose.services.gateway.environment;
    for (const { name, port } of SERVICES) {
      const service = compose.services[name].environment;
      expect(Number(service.PORT)).toBe(port);
      expect(String(service.DATABASE_URL).endsWith(`/${databaseName('mam', name)}`)).toBe(true);
      expect(gateway[serviceUrlVariable(name)]).toBe(graphqlUrl(name, port));
    }
  });

  it('refuses to start without the secrets', () => {
    expect(() => interpolate(compose.services.gateway.environment.JWT_SECRET, {})).toThrow('JWT_SECRET is required');
  });
});
