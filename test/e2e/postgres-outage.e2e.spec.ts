import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import type { RunningSystem } from '@mam/system';
import { createNotificationHub } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { graphqlRequest, startPrivatePostgres, subgraphRequest, waitFor, type PrivatePostgres } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// The services run on a PostgreSQL of this file's own, which the test shuts down and starts again.
let postgres: PrivatePostgres;
let test: TestSystem;
let system: RunningSystem;
let editor: string;
const editorIdentity: Identity = {
  subject: 'editor-1',
  workspaceId: 'studio-a',
  roles: ['editor'],
  kind: 'user',
  workspaceRole: 'editor',
};

/** One subgraph asked directly, as the gateway's query plan asks it. */
async function fromSubgraph(
  service: 'assets' | 'review' | 'ingest',
  query: string,
  variables: Record<string, unknown>,
) {
  return subgraphRequest(system.services[service].url, editorIdentity, test.gatewaySecret, query, variables);
}
const entity = (selection: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on Asset { ${selection} } } }`;

const createAsset = (title: string) =>
  graphqlRequest<{ createAsset: { id: string; title: string } }>(
    system.gatewayUrl,
    'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id title } }',
    {
      variables: { input: { title } },
      authorization: `Bearer ${editor}`,
    },
  );

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  // In-process events and PostgreSQL search: only the database is in play here.
  test = await startTestSystem('pgoutage', {
    databaseUrlBase: postgres.urlBase,
    kafkaBrokers: [],
    elasticsearchUrl: '',
  });
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(async () => {
  await postgres?.start().catch(() => undefined);
  await test?.stop();
  await postgres?.destroy();
});

describe('a PostgreSQL restart under running services', () => {
  it('answers UNAVAILABLE while the database is down, then serves again and live subscriptions deliver again', async () => {
    const ws: Client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${editor}` },
      retryAttempts: 0,
    });
    const opened: string[] = [];
    const subscriptionErrors: unknown[] = [];
    const unsubscribe = ws.subscribe<{ reviewOpened: { id: string; title: string } }>(
      { query: 'subscription { reviewOpened { id title } }' },
      {
        next: (result) =>
          result.data ? opened.push(result.data.reviewOpened.title) : subscriptionErrors.push(result.errors),
        error: (error) => subscriptionErrors.push(error),
        complete: () => undefined,
      },
    );
    try {
      // The subscription is set up asynchronously upstream: create until it sees one.
      let n = 0;
      await waitFor(
        async () => (opened.length === 0 && n < 15 ? void (await createAsset(`before ${++n}`)) : opened.length > 0),
        { intervalMs: 500, what: 'a first reviewOpened event' },
      );
      const { data } = await createAsset('kept across the outage');
      const keptId = data!.createAsset.id;

      await postgres.stop();
      const started = Date.now();
      const answers: { code: unknown; ms: number }[] = [];
      // The gateway's own lookups (membership) are another matter; every subgraph answers UNAVAILABLE.
      for (const request of [
        () => fromSubgraph('assets', 'query($id: ID!) { asset(id: $id) { id title } }', { id: keptId }),
        () =>
          fromSubgraph('assets', 'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }', {
            input: { title: 'during the outage' },
          }),
        () => fromSubgraph('assets', 'query { searchAssets(query: "outage") { total } }', {}),
        () => fromSubgraph('review', entity('review { status }'), { r: [{ __typename: 'Asset', id: keptId }] }),
        () => fromSubgraph('ingest', entity('ingestStatus'), { r: [{ __typename: 'Asset', id: keptId }] }),
      ]) {
        const t0 = Date.now();
        const response = await request();
        answers.push({ code: response.errors?.[0]?.extensions?.code, ms: Date.now() - t0 });
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['UNAVAILABLE']));
        expect(response.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(response.errors?.find((e) => e.extensions?.code === 'UNAVAILABLE')?.extensions?.retryable).toBe(true);
        expect(JSON.stringify(response.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      }
      expect(answers.map((a) => a.code)).toEqual(Array(5).fill('UNAVAILABLE'));
      expect(Date.now() - started).toBeLessThan(15_000);

      await postgres.start();
      // Queries recover...
      const back = await waitFor(
        async () => {
          const response = await graphqlRequest(system.gatewayUrl, 'query($id: ID!) { asset(id: $id) { id title } }', {
            variables: { id: keptId },
            authorization: `Bearer ${editor}`,
          });
          return response.data?.asset ? response.data.asset : undefined;
        },
        { what: 'queries answering again', timeoutMs: 20_000 },
      );
      expect(back).toEqual({ id: keptId, title: 'kept across the outage' });
      // ...and so does the live feed, without restarting anything.
      const created = await createAsset('after the restart');
      expect(created.errors).toBeUndefined();
      await waitFor(() => opened.includes('after the restart'), {
        what: 'reviewOpened after the database restart',
        timeoutMs: 20_000,
      });
      expect(subscriptionErrors).toEqual([]);
    } finally {
      unsubscribe();
      await ws.dispose();
    }
  });

  it('tells subscribers they may have missed notifications: what they catch up with arrives once, and live ones flow again', async () => {
    const hub = createNotificationHub<{ n: number }>({
      databaseUrl: `${postgres.urlBase}/postgres`,
      channel: 'outage_test',
    });
    await hub.start();
    const seen: number[] = [];
    let missedSince: Date | undefined;
    const feed = hub.subscribe((payload) => payload.n > 0, {
      catchUp: async (since) => {
        missedSince = since;
        return [{ n: 1 }, { n: 2 }, { n: -1 }];
      },
    });
    void (async () => {
      for await (const payload of feed) seen.push(payload.n);
    })();
    const notify = async (n: number) => {
      const client = new PgClient({ connectionString: `${postgres.urlBase}/postgres` });
      await client.connect();
      await client.query('SELECT pg_notify($1, $2)', ['outage_test', JSON.stringify({ n })]);
      await client.end();
    };
    try {
      await notify(1);
      await waitFor(() => seen.length === 1, { what: 'a live notification' });
      const down = new Date();
      await postgres.stop();
      await postgres.start();
      // Caught up once back: 1 was given already and is not repeated, 2 is new, -1 fails the filter.
      await waitFor(() => hub.listening && seen.length === 2, {
        what: 'catching up after the restart',
        timeoutMs: 15_000,
      });
      expect(missedSince!.getTime()).toBeGreaterThanOrEqual(down.getTime());
      await notify(3);
      await waitFor(() => seen.length === 3, { what: 'live notifications after the restart' });
      expect(seen).toEqual([1, 2, 3]);
    } finally {
      await feed.return?.();
      await hub.stop();
    }
  });
});
