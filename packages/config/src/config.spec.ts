import { ConfigError, parseConfig, vars, z } from './index';

const shape = z.object({
  PORT: vars.port(4000),
  DATABASE_URL: vars.postgresUrl(),
  GATEWAY_SIGNING_SECRET: vars.secret(),
  KAFKA_BROKERS: vars.brokers(),
});

describe('parseConfig', () => {
  it('returns typed values with defaults applied', () => {
    const config = parseConfig(shape, {
      DATABASE_URL: 'postgres://u@h:5432/mam_assets',
      GATEWAY_SIGNING_SECRET: 'x'.repeat(32),
      KAFKA_BROKERS: 'a:9092, b:9093',
    });
    expect(config).toEqual({
      PORT: 4000,
      DATABASE_URL: 'postgres://u@h:5432/mam_assets',
      GATEWAY_SIGNING_SECRET: 'x'.repeat(32),
      KAFKA_BROKERS: ['a:9092', 'b:9093'],
    });
  });

  it('lists every bad variable, not just the first', () => {
    let caught: unknown;
    try {
      parseConfig(shape, {
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        GATEWAY_SIGNING_SECRET: 'short',
        KAFKA_BROKERS: 'nohostport',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const variables = (caught as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(variables.sort()).toEqual(['DATABASE_URL', 'GATEWAY_SIGNING_SECRET', 'KAFKA_BROKERS.0', 'PORT']);
  });
});
