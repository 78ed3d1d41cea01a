import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetCreatedSchema, TOPICS } from '@mam/proto';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { createLogger } from '@mam/logger';
import { testInfrastructure, uniqueName, waitFor } from '@mam/testkit';
import { createEventConsumer, on, PermanentEventError } from './event-consumer';
import { createInProcessBus } from './in-process-bus';
import { appendToOutbox } from './outbox';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay';
import { CreateEventTables1764400000000 } from './tables.migration';

const infra = testInfrastructure();
const databaseUrl = `${infra.databaseUrlBase}/${uniqueName('replay')}`;
const logger = createLogger('replay-test', 'silent');
const actor = { subject: 'tester', workspaceId: 'w1', kind: 'user' as const };
let dataSource: DataSource;
let relay: OutboxRelay;
let refusing = true;

const applied = async () =>
  (await dataSource.query('SELECT title FROM applied ORDER BY title')).map((r: { title: string }) => r.title);
const deadLetters = async () =>
  await dataSource.query<{ id: string; consumer_group: string; reason: string }[]>(
    'SELECT id, consumer_group, reason FROM dead_letters ORDER BY id',
  );

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({ url: databaseUrl, entities: [], migrations: [CreateEventTables1764400000000] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query('CREATE TABLE applied (title text NOT NULL)');
  const bus = createInProcessBus();
  await bus.subscribe(
    createEventConsumer({
      group: 'projector',
      topic: TOPICS.assetsAsset,
      dataSource,
      bus,
      logger,
      handlers: {
        'asset.created': on(AssetCreatedSchema, async (payload, _event, manager) => {
          if (refusing && payload.title.startsWith('refused'))
            throw new PermanentEventError(`not yet: ${payload.title}`);
          await manager.query('INSERT INTO applied (title) VALUES ($1)', [payload.title]);
        }),
      },
    }),
  );
  relay = createOutboxRelay({ dataSource, databaseUrl, bus, logger });
  await relay.start();
});

afterAll(async () => {
  await relay?.stop();
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
});

it('replays dead letters once their cause is fixed: applied once, gone from dead_letters, and a second replay changes nothing', async () => {
  for (const title of ['kept', 'refused one', 'refused two']) {
    await dataSource.transaction((manager) =>
      appendToOutbox(manager, TOPICS.assetsAsset, {
        type: 'asset.created',
        aggregateId: title,
        actor,
        schema: AssetCreatedSchema,
        payload: { assetId: title, workspaceId: 'w1', title },
      }),
    );
  }
  await waitFor(async () => (await deadLetters()).length === 2, { what: 'two dead letters' });
  expect(await applied()).toEqual(['kept']);

  refusing = false;
  const [first] = await deadLetters();
  // The command, as an operator runs it: one by id, then the rest of the group.
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        join(__dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(__dirname, 'replay-dead-letters-command.ts'),
        ...args,
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
    );
  const one = run('--id', first.id);
  expect(one.stdout.trim()).toBe('Replayed 1 dead letters');
  await waitFor(async () => (await applied()).length === 2, { what: 'the first replayed event applied' });
  expect(await applied()).toEqual(['kept', 'refused one']);
  const rest = run('--group', 'projector');
  expect(rest.stdout.trim()).toBe('Replayed 1 dead letters');
  await waitFor(async () => (await applied()).length === 3, { what: 'the second replayed event applied' });
  expect(await deadLetters()).toEqual([]);
  expect(run('--group', 'projector').stdout.trim()).toBe('Replayed 0 dead letters');
  expect(run('--id', 'x').stderr.trim()).toBe('--id takes the positive integer id of a dead_letters row');
  await relay.flush();
  expect(await applied()).toEqual(['kept', 'refused one', 'refused two']);
}, 60_000);
