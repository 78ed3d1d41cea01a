import { AssetCreatedSchema, TOPICS } from '@mam/proto';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { createLogger } from '@mam/logger';
import { testInfrastructure, uniqueName, waitFor } from '@mam/testkit';
import type { BusRecord, EventBus } from './bus';
import { createEventConsumer, on, PermanentEventError } from './event-consumer';
import { createKafkaBus } from './kafka-bus';
import { appendToOutbox } from './outbox';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay';
import { CreateEventTables1764400000000 } from './tables.migration';

const infra = testInfrastructure();
const name = uniqueName('events');
const databaseUrl = `${infra.databaseUrlBase}/${name}`;
const logger = createLogger('events-test', 'silent');
const actor = { subject: 'tester', workspaceId: 'w1', kind: 'user' as const };
let dataSource: DataSource;
let bus: EventBus;
let relay: OutboxRelay;

async function emit(assetId: string, title: string) {
  await dataSource.transaction((manager) =>
    appendToOutbox(manager, TOPICS.assetsAsset, {
      type: 'asset.created',
      aggregateId: assetId,
      actor,
      schema: AssetCreatedSchema,
      payload: { assetId, workspaceId: 'w1', title },
    }),
  );
}

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({ url: databaseUrl, entities: [], migrations: [CreateEventTables1764400000000] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query('CREATE TABLE applied (asset_id text NOT NULL, title text NOT NULL)');
  bus = createKafkaBus({ brokers: infra.kafkaBrokers, clientId: 'events-test', topicPrefix: `${name}.`, logger });
  relay = createOutboxRelay({ dataSource, databaseUrl, bus, logger });
  await relay.start();
}, 60_000);

afterAll(async () => {
  await relay?.stop();
  await bus?.stop();
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
});

describe('events over Kafka', () => {
  it('publishes outbox rows on commit, applies each once, and dead-letters what cannot be decoded or keeps failing', async () => {
    const dlq: BusRecord[] = [];
    await bus.subscribe({
      group: 'dlq-reader',
      topic: `${TOPICS.assetsAsset}.dlq.projector`,
      handle: async (record) => void dlq.push(record),
    });
    await bus.subscribe(
      createEventConsumer({
        group: 'projector',
        topic: TOPICS.assetsAsset,
        dataSource,
        bus,
        logger,
        attempts: 3,
        backoffMs: 10,
        handlers: {
          'asset.created': on(AssetCreatedSchema, async (payload, _event, manager) => {
            if (payload.title === 'poison') throw new Error('cannot apply this one');
            if (payload.title === 'refused') throw new PermanentEventError('title refused');
            await manager.query('INSERT INTO applied (asset_id, title) VALUES ($1, $2)', [
              payload.assetId,
              payload.title,
            ]);
          }),
        },
      }),
    );

    await emit('a1', 'first');
    await bus.publish([
      { topic: TOPICS.assetsAsset, key: 'garbage', value: new TextEncoder().encode('this is not protobuf') },
    ]);
    await emit('a2', 'poison');
    await emit('a3', 'refused');
    await emit('a4', 'after the bad ones');

    await waitFor(
      async () => (await dataSource.query('SELECT count(*)::int AS n FROM applied'))[0].n === 2 && dlq.length === 3,
      { what: 'good events applied and bad ones dead-lettered' },
    );
    expect(await dataSource.query('SELECT asset_id, title FROM applied ORDER BY asset_id')).toEqual([
      { asset_id: 'a1', title: 'first' },
      { asset_id: 'a4', title: 'after the bad ones' },
    ]);
    const reasons = await dataSource.query<{ key: string; reason: string }[]>(
      'SELECT key, reason FROM dead_letters ORDER BY id',
    );
    expect(reasons.map((r) => r.key)).toEqual(['garbage', 'a2', 'a3']);
    expect(reasons[0].reason).toMatch(/^undecodable: /);
    expect(reasons[1].reason).toBe('failed 3 times: cannot apply this one');
    expect(reasons[2].reason).toBe('rejected: title refused');
    expect(dlq.map((r) => [r.key, r.headers?.['mam-dlq-reason']?.split(':')[0]])).toEqual([
      ['garbage', 'undecodable'],
      ['a2', 'failed 3 times'],
      ['a3', 'rejected'],
    ]);
    expect(Buffer.from(dlq[0].value).toString()).toBe('this is not protobuf');

    // A redelivered event (same id) changes nothing.
    const [{ value }] = await dataSource.query("SELECT value FROM outbox WHERE key = 'a1'");
    await bus.publish([{ topic: TOPICS.assetsAsset, key: 'a1', value }]);
    await emit('a5', 'marker');
    await waitFor(async () => (await dataSource.query("SELECT 1 FROM applied WHERE asset_id = 'a5'")).length === 1, {
      what: 'marker event',
    });
    expect((await dataSource.query("SELECT count(*)::int AS n FROM applied WHERE asset_id = 'a1'"))[0].n).toBe(1);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')).toEqual([
      { n: 0 },
    ]);
  });
});
