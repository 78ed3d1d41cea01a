import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('a service started with bad configuration', () => {
  it('exits 1 and lists every bad variable', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', '..', 'services', 'assets', 'src', 'main.ts')],
      {
        env: {
          PATH: process.env.PATH,
          PORT: 'not-a-port',
          DATABASE_URL: 'mysql://nope',
          KAFKA_BROKERS: 'missing-port',
          ELASTICSEARCH_URL: 'not a url',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    for (const variable of ['PORT', 'DATABASE_URL', 'GATEWAY_SIGNING_SECRET', 'KAFKA_BROKERS', 'ELASTICSEARCH_URL'])
      expect(result.stderr).toContain(`- ${variable}`);
  });
});
