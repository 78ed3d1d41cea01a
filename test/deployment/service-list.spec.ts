import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPortOf, GATEWAY_PORT, graphqlUrl, parseConfig, SERVICES, serviceUrlVariable } from '@mam/config';
import { assetsConfigShape } from '@mam/assets';
import { ingestConfigShape } from '@mam/ingest';
import { reviewConfigShape } from '@mam/review';
import { distributionConfigShape } from '@mam/distribution';
import { archiveConfigShape } from '@mam/archive';
import { gatewayConfigShape } from '@mam/gateway';
import { gatewayEnvironment, portFrom, serviceEnvironment } from '@mam/system';

const root = join(__dirname, '..', '..');
const required = {
  DATABASE_URL: 'postgres://u@h:5432/mam_x',
  GATEWAY_SIGNING_SECRET: 's'.repeat(32),
  MEDIA_SIGNING_SECRET: 'm'.repeat(32),
  JWT_SECRET: 'j'.repeat(32),
};
const serviceShapes = {
  assets: assetsConfigShape,
  ingest: ingestConfigShape,
  review: reviewConfigShape,
  distribution: distributionConfigShape,
  archive: archiveConfigShape,
};

describe('the one service list', () => {
  it('names the five subgraphs in composition order on 4001-4005', () => {
    expect(SERVICES.map((s) => `${s.name}:${s.port}`)).toEqual([
      'assets:4001',
      'ingest:4002',
      'review:4003',
      'distribution:4004',
      'archive:4005',
    ]);
  });

  it.each(SERVICES.map((s) => s.name))('gives %s its default port and the gateway its default URL', (name) => {
    expect(parseConfig(serviceShapes[name], required).PORT).toBe(defaultPortOf(name));
    const gateway = parseConfig(gatewayConfigShape, required) as Record<string, unknown>;
    expect(gateway.PORT).toBe(GATEWAY_PORT);
    expect(gateway[serviceUrlVariable(name)]).toBe(graphqlUrl('127.0.0.1', defaultPortOf(name)));
  });

  it('builds the environments npm start, the tests and the benchmarks start parts with', () => {
    const common = { host: '127.0.0.1', basePort: 5000, gatewaySecret: 's'.repeat(32), logLevel: 'warn' };
    expect(
      serviceEnvironment('review', {
        ...common,
        databaseUrlBase: 'postgres://u@h:5432/',
        databasePrefix: 'mam',
        kafkaBrokers: ['k:9092'],
        topicPrefix: 't.',
      }),
    ).toEqual({
      HOST: '127.0.0.1',
      PORT: '5003',
      DATABASE_URL: 'postgres://u@h:5432/mam_review',
      GATEWAY_SIGNING_SECRET: 's'.repeat(32),
      KAFKA_BROKERS: 'k:9092',
      KAFKA_TOPIC_PREFIX: 't.',
      LOG_LEVEL: 'warn',
    });
    expect(
      gatewayEnvironment({ assets: 'http://a/graphql', archive: 'http://z/graphql' }, { ...common, jwtSecret: 'j' }),
    ).toMatchObject({ PORT: '5000', ASSETS_URL: 'http://a/graphql', ARCHIVE_URL: 'http://z/graphql' });
    expect(portFrom(0, 'archive')).toBe(0);
  });

  it('is the one the README describes', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const diagram = readme.split('\n').find((line) => line.includes(`${SERVICES[0].name} :${SERVICES[0].port}`)) ?? '';
    expect(diagram.trim().split(/\s{2,}/)).toEqual(SERVICES.map((s) => `${s.name} :${s.port}`));
    expect(readme).toContain(`${GATEWAY_PORT}–${SERVICES.at(-1)!.port}`);
  });
});
