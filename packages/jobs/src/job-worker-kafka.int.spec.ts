import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import {
  CreateEventTables1764400000000,
  createKafkaBus,
  createOutboxRelay,
  deadLetterTopic,
  type BusRecord,
  type EventBus,
  type OutboxRelay,
} from '@mam/events';
import { createLogger } from '@mam/logger';
import { testInfrastructure, uniqueName, waitFor } from '@mam/testkit';
import { defineJobRegistry } from './job-registry';
import { createJobWorker, type JobWorker } from './job-worker';
import { jobsMigration } from './jobs-table.migration';
import { testQueue } from './test-queue';

const infra = testInfrastructure();
const name = uniqueName('jobskafka');
const databaseUrl = `${infra.databaseUrlBase}/${name}`;
const logger = createLogger('jobs-kafka-test', 'silent');
const queue = testQueue('test_jobs');
const GROUP = 'test.workers';
let dataSource: DataSource;
let bus: EventBus;
let relay: OutboxRelay;
let worker: JobWorker;

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [CreateEventTables1764400000000, jobsMigration('test_jobs', 1764400000001)],
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  bus = createKafkaBus({ brokers: infra.kafkaBrokers, clientId: 'jobs-test', topicPrefix: `${name}.`, logger });
  relay = createOutboxRelay({ dataSource, databaseUrl, bus, logger });
  await relay.start();
}, 60_000);

afterAll(async () => {
  worker?.abortAll();
  await relay?.stop();
  await bus?.stop();
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
});

it('dead-letters an undecodable job message and goes on with the next job', async () => {
  const dlq: BusRecord[] = [];
  await bus.subscribe({
    group: 'dlq-reader',
    topic: deadLetterTopic(queue.topic, GROUP),
    handle: async (record) => void dlq.push(record),
  });
  worker = createJobWorker({
    group: GROUP,
    queue,
    registry: defineJobRegistry({ echo: { run: async (job) => ({ said: job.payload.say }) } }),
    dataSource,
    bus,
    logger,
    kinds: ['echo'],
  });
  await worker.start();
  for (const subscription of worker.subscriptions) await bus.subscribe(subscription);

  const garbage = Buffer.from('not a protobuf envelope');
  await bus.publish([{ topic: queue.topic, key: 'job-1', value: garbage }]);
  const job = await dataSource.transaction((manager) =>
    queue.enqueue(manager, { kind: 'echo', key: 'after-garbage', payload: { say: 'still here' } }),
  );

  const done = await waitFor(
    async () => {
      const [row] = await dataSource.query('SELECT status, output FROM test_jobs WHERE id = $1', [job.id]);
      return row.status === 'ready' ? row : undefined;
    },
    { what: 'the job after the undecodable message', timeoutMs: 60_000, intervalMs: 200 },
  );
  expect(done.output).toEqual({ said: 'still here' });

  const letters: { consumer_group: string; key: string; value: Buffer; reason: string }[] = await dataSource.query(
    'SELECT consumer_group, key, value, reason FROM dead_letters',
  );
  expect(letters).toHaveLength(1);
  expect(letters[0]).toMatchObject({ consumer_group: GROUP, key: 'job-1' });
  expect(letters[0].reason).toMatch(/^undecodable: /);
  expect(Buffer.from(letters[0].value).equals(garbage)).toBe(true);
  await waitFor(async () => dlq.length === 1, {
    what: 'the dead letter on its topic',
    timeoutMs: 60_000,
    intervalMs: 200,
  });
  expect(Buffer.from(dlq[0].value).equals(garbage)).toBe(true);
  expect(dlq[0].headers?.['mam-dlq-group']).toBe(GROUP);
}, 120_000);
