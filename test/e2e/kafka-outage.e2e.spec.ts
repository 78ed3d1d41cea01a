import type { RunningSystem } from '@mam/system';
import { graphqlRequest, startPrivateKafka, waitFor, type PrivateKafka } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// The services talk to a Kafka broker of this file's own, which the test stops (SIGTERM, then
// SIGKILL) while assets are being created, and starts again.
let kafka: PrivateKafka;
let test: TestSystem;
let system: RunningSystem;
let editor: string;
const created: string[] = [];

async function createAsset(title: string): Promise<string> {
  const response = await graphqlRequest<{ createAsset: { id: string } }>(
    system.gatewayUrl,
    'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }',
    {
      variables: { input: { title } },
      authorization: `Bearer ${editor}`,
    },
  );
  expect(response.errors).toBeUndefined();
  created.push(response.data!.createAsset.id);
  return response.data!.createAsset.id;
}

/** How many of these assets review and ingest have taken in, by their own projections. */
async function seen(ids: string[]) {
  const [{ reviews }] = await system.services.review.dataSource.query(
    'SELECT count(*)::int AS reviews FROM asset_reviews WHERE asset_id = ANY($1::uuid[])',
    [ids],
  );
  const [{ ingest }] = await system.services.ingest.dataSource.query(
    'SELECT count(*)::int AS ingest FROM asset_access WHERE asset_id = ANY($1::uuid[])',
    [ids],
  );
  return { reviews, ingest };
}

beforeAll(async () => {
  kafka = await startPrivateKafka();
  // PostgreSQL search: only the broker is in play here.
  test = await startTestSystem('kafkaoutage', { kafkaBrokers: kafka.brokers, elasticsearchUrl: '' });
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 240_000);

afterAll(async () => {
  await test?.stop();
  await kafka?.destroy();
}, 60_000);

describe('a Kafka broker restart mid-flow', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'loses and doubles nothing when the broker gets %s, and consumers resume within seconds of its return',
    async (signal) => {
      const round = [await createAsset(`${signal} before 1`), await createAsset(`${signal} before 2`)];
      await waitFor(async () => (await seen(round)).reviews === 2, {
        what: 'the flow running before the outage',
        timeoutMs: 60_000,
      });

      // Assets keep being created while the broker goes away and is down: their events wait in the outboxes.
      const stopping = kafka.stop(signal);
      round.push(await createAsset(`${signal} while stopping`));
      await stopping;
      for (let i = 1; i <= 3; i++) round.push(await createAsset(`${signal} during ${i}`));
      expect((await seen(round.slice(3))).reviews).toBe(0);

      await kafka.start();
      const back = Date.now();
      await waitFor(
        async () => {
          const { reviews, ingest } = await seen(round);
          return reviews === round.length && ingest === round.length;
        },
        {
          what: 'review and ingest taking in every asset created around the outage',
          timeoutMs: 60_000,
          intervalMs: 200,
        },
      );
      const resumedMs = Date.now() - back;
      // Measured here: 2-7 s after SIGKILL (11-12 s before consumers' retries were capped and their
      // session shortened); 8-10 s after SIGTERM, whose restarted broker waits out the old members' sessions.
      expect(resumedMs).toBeLessThan(signal === 'SIGKILL' ? 10_000 : 15_000);

      // Nothing lost (every asset reviewed once) and nothing doubled (one opening each, in review's audit trail).
      const audit: { asset_id: string; n: number }[] = await system.services.review.dataSource.query(
        `SELECT asset_id, count(*)::int AS n FROM review_audit WHERE action = 'review.opened' AND asset_id = ANY($1::uuid[]) GROUP BY asset_id`,
        [created],
      );
      expect(audit.length).toBe(created.length);
      expect(audit.every((row) => row.n === 1)).toBe(true);
      const [{ unpublished }] = await system.services.assets.dataSource.query(
        'SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL',
      );
      expect(unpublished).toBe(0);
      const [{ dead }] = await system.services.review.dataSource.query(
        'SELECT count(*)::int AS dead FROM dead_letters',
      );
      expect(dead).toBe(0);
      console.log(`${signal}: consumers resumed ${resumedMs} ms after the broker was back`);
    },
    180_000,
  );
});
