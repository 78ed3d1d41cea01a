import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '@mam/db';
import { createKafkaBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { parseConfig } from '@mam/config';
import { assetsConfigShape, createAssetsService, createAsset } from '@mam/assets';
import { testInfrastructure, testSecret, uniqueName, waitFor } from '@mam/testkit';

const infra = testInfrastructure();
const name = uniqueName('crash');
const secret = testSecret();
const assetsUrl = `${infra.databaseUrlBase}/${name}_assets`;
const reviewUrl = `${infra.databaseUrlBase}/${name}_review`;
const logger = createLogger('crash-test', 'silent');
const bus = createKafkaBus({ brokers: infra.kafkaBrokers, clientId: 'crash-test', topicPrefix: `${name}.`, logger });
const assets = createAssetsService(
  parseConfig(assetsConfigShape, {
    DATABASE_URL: assetsUrl,
    GATEWAY_SIGNING_SECRET: secret,
    PORT: '0',
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${name}.`,
    LOG_LEVEL: 'silent',
  }),
  { bus, logger },
);
const identity = { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor' as const], kind: 'user' as const };
const TOTAL = 40;

/** The review service as its own OS process, exactly as production runs it. */
function startReviewProcess(): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '..', '..', 'services', 'review', 'src', 'main.ts')],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: reviewUrl,
        GATEWAY_SIGNING_SECRET: secret,
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: `${name}.`,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

async function reviewCounts(): Promise<{
  reviews: number;
  audit: number;
  inbox: number;
  versionsInbox: number;
  distinct: number;
}> {
  const client = new Client({ connectionString: reviewUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT
      (SELECT count(*)::int FROM asset_reviews) AS reviews,
      (SELECT count(*)::int FROM review_audit) AS audit,
      (SELECT count(DISTINCT asset_id)::int FROM review_audit) AS distinct,
      (SELECT count(*)::int FROM inbox WHERE consumer_group = 'review.assets') AS inbox,
      (SELECT count(*)::int FROM inbox WHERE consumer_group = 'review.versions') AS "versionsInbox"`);
    return rows[0];
  } finally {
    await client.end();
  }
}

let review: ChildProcess | undefined;

beforeAll(async () => {
  await assets.start();
}, 60_000);

afterAll(async () => {
  review?.kill('SIGKILL');
  await assets.stop();
  await bus.stop();
  await dropDatabase(assetsUrl);
  await dropDatabase(reviewUrl);
});

it('applies every event exactly once when the consumer process is killed mid-flow and restarted', async () => {
  review = startReviewProcess();
  const ids: string[] = [];
  for (let i = 0; i < TOTAL / 2; i++)
    ids.push((await createAsset(assets.dataSource, identity, { title: `Clip ${i}` })).id);

  // Kill -9 while it is part-way through the stream: effects committed, offsets possibly not.
  await waitFor(async () => (await reviewCounts()).reviews >= 5, {
    what: 'the review process to apply some events',
    timeoutMs: 60_000,
    intervalMs: 20,
  });
  review.kill('SIGKILL');
  await new Promise((resolve) => review!.once('exit', resolve));
  const atCrash = await reviewCounts();
  expect(atCrash.reviews).toBeLessThan(TOTAL);

  for (let i = TOTAL / 2; i < TOTAL; i++)
    ids.push((await createAsset(assets.dataSource, identity, { title: `Clip ${i}` })).id);
  review = startReviewProcess();
  await waitFor(async () => (await reviewCounts()).reviews === TOTAL, {
    what: 'every asset to reach review after restart',
    timeoutMs: 90_000,
    intervalMs: 250,
  });
  // Give any redelivered duplicate time to (wrongly) land before counting.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  // Each new asset is two events for review: asset.access-changed, then asset.created; the version
  // projection's consumer group on the same topic records each of them once too.
  await waitFor(async () => (await reviewCounts()).versionsInbox === 2 * TOTAL || undefined, {
    what: 'the version projection to pass every event',
    timeoutMs: 30_000,
  });
  expect(await reviewCounts()).toEqual({
    reviews: TOTAL,
    audit: TOTAL,
    distinct: TOTAL,
    inbox: 2 * TOTAL,
    versionsInbox: 2 * TOTAL,
  });
  expect(ids).toHaveLength(TOTAL);
}, 180_000);
