import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { issueUserToken } from '@mam/graphql';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, testSecret, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let editor: string;
let outsider: string;

const ASSET_FIELDS = `id title ingestStatus review { status auditTrail { action actor } } distributionStatus storageTier`;

async function createAsset(title: string, description = '') {
  const response = await graphqlRequest(
    system.gatewayUrl,
    `mutation($input: CreateAssetInput!) { createAsset(input: $input) { id title createdBy } }`,
    {
      variables: { input: { title, description } },
      authorization: `Bearer ${editor}`,
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createAsset as { id: string; title: string; createdBy: string };
}

beforeAll(async () => {
  test = await startTestSystem('foundation');
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
  outsider = await test.token('editor-2', 'studio-b', ['admin']);
}, 120_000);

afterAll(() => test?.stop());

describe('a federated asset across the five subgraphs', () => {
  it('is created through the gateway and gets the fields every other subgraph owns, fed by Kafka events', async () => {
    const created = await createAsset('Harbour at dawn, drone pass', 'Golden light over the container cranes');
    expect(created).toMatchObject({ title: 'Harbour at dawn, drone pass', createdBy: 'editor-1' });

    const asset = await waitFor(
      async () => {
        const response = await graphqlRequest(
          system.gatewayUrl,
          `query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} } }`,
          { variables: { id: created.id }, authorization: `Bearer ${editor}` },
        );
        const found = response.data?.asset;
        return found && found.ingestStatus && found.review && found.distributionStatus && found.storageTier
          ? found
          : undefined;
      },
      { what: 'the four consumers to register the asset' },
    );
    expect(asset).toEqual({
      id: created.id,
      title: 'Harbour at dawn, drone pass',
      ingestStatus: 'AWAITING_UPLOAD',
      review: { status: 'PENDING', auditTrail: [{ action: 'review.opened', actor: 'editor-1' }] },
      distributionStatus: 'AWAITING_APPROVAL',
      storageTier: 'HOT',
    });
  });

  it('is found by searchAssets in Elasticsearch, with highlights, only in its own workspace', async () => {
    const created = await createAsset('Interview with the harbour master', 'Long take about tides and cranes');
    const search = (token: string) =>
      graphqlRequest(
        system.gatewayUrl,
        `{ searchAssets(query: "harbour master", first: 5) { total edges { highlights node { id title review { status } } } } }`,
        { authorization: `Bearer ${token}` },
      );
    const result = await waitFor(
      async () => {
        const response = await search(editor);
        return response.data?.searchAssets.edges.some((e: { node: { id: string } }) => e.node.id === created.id)
          ? response.data.searchAssets
          : undefined;
      },
      { what: 'the asset to be searchable' },
    );
    expect(result.total).toBe(1);
    expect(result.edges[0].highlights).toContain('Interview with the <em>harbour</em> <em>master</em>');
    expect(result.edges[0].node.title).toBe('Interview with the harbour master');

    const other = await search(outsider);
    expect(other.data?.searchAssets).toEqual({ total: 0, edges: [] });
  });

  it('delivers review subscription events over graphql-ws through the gateway, with a field the assets subgraph owns', async () => {
    const wsUrl = system.gatewayUrl.replace(/^http/, 'ws');
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${editor}` },
      retryAttempts: 0,
    });
    const received: { id: string; title: string; review: { status: string } }[] = [];
    const errors: unknown[] = [];
    const unsubscribe = client.subscribe<{ reviewOpened: { id: string; title: string; review: { status: string } } }>(
      { query: 'subscription { reviewOpened { id title review { status } } }' },
      {
        next: (result) => (result.data ? received.push(result.data.reviewOpened) : errors.push(result.errors)),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    try {
      const titles: string[] = [];
      const event = await waitFor(
        async () => {
          // Keep creating until the subscription (set up asynchronously upstream) sees one.
          if (titles.length < 15 && received.length === 0)
            titles.push((await createAsset(`Live review clip ${titles.length + 1}`)).title);
          return received.find((r) => titles.includes(r.title));
        },
        { intervalMs: 1000, what: 'a reviewOpened event', timeoutMs: 40_000 },
      );
      expect(errors).toEqual([]);
      expect(event.title).toMatch(/^Live review clip \d+$/);
      expect(event.review).toEqual({ status: 'PENDING' });
      expect(Object.keys(event).sort()).toEqual(['id', 'review', 'title']);
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });

  it('refuses a subscription without credentials', async () => {
    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const outcome = await new Promise<string>((resolve) => {
      client.subscribe(
        { query: 'subscription { reviewOpened { id } }' },
        {
          next: () => resolve('event'),
          error: (error) => resolve(`closed ${(error as { code?: number }).code}`),
          complete: () => resolve('complete'),
        },
      );
    });
    await client.dispose();
    expect(outcome).toBe('closed 4403');
  });

  it('shows nothing of one workspace to another: the asset reads as not found in every subgraph', async () => {
    const created = await createAsset('Studio A confidential rough cut');
    await waitFor(
      async () =>
        (
          await graphqlRequest(
            system.gatewayUrl,
            `query($id: ID!) { asset(id: $id) { storageTier review { status } } }`,
            { variables: { id: created.id }, authorization: `Bearer ${editor}` },
          )
        ).data?.asset?.review,
    );
    const response = await graphqlRequest(
      system.gatewayUrl,
      `query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} } assets(first: 50) { edges { node { id } } } }`,
      { variables: { id: created.id }, authorization: `Bearer ${outsider}` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ asset: null, assets: { edges: [] } });
  });
});

describe('authentication and limits', () => {
  const query = '{ assets(first: 1) { edges { node { id } } } }';

  it('rejects a call without credentials and one with a forged token, executing nothing', async () => {
    const missing = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createAsset(input: {title: "should not exist"}) { id } }',
    );
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await issueUserToken(testSecret(), { subject: 'x', workspaceId: 'studio-a', roles: ['admin'] });
    const bad = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createAsset(input: {title: "should not exist"}) { id } }',
      { authorization: `Bearer ${forged}` },
    );
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const search = await graphqlRequest(system.gatewayUrl, '{ assets(first: 100) { edges { node { title } } } }', {
      authorization: `Bearer ${editor}`,
    });
    expect(search.data?.assets.edges.map((e: { node: { title: string } }) => e.node.title)).not.toContain(
      'should not exist',
    );
  });

  it('rejects a request straight to a subgraph without the gateway signature', async () => {
    const direct = await graphqlRequest(system.services.assets.url, query, { authorization: `Bearer ${editor}` });
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forgedIdentity = await graphqlRequest(system.services.review.url, '{ _service { sdl } }', {
      headers: { 'x-mam-identity': editor },
    });
    expect(forgedIdentity.status).toBe(401);
  });

  it('refuses operations that are too deep or too costly before executing them', async () => {
    const deep = `{ asset(id: "x") { currentVersion { asset { currentVersion { asset { currentVersion { asset { currentVersion { asset { currentVersion { asset { currentVersion { id } } } } } } } } } } } } }`;
    const response = await graphqlRequest(system.gatewayUrl, deep, { authorization: `Bearer ${editor}` });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(response.data).toBeUndefined();
    const costly = await graphqlRequest(
      system.gatewayUrl,
      '{ assets(first: 100) { edges { node { versions { asset { versions { id } } } } } } }',
      { authorization: `Bearer ${editor}` },
    );
    expect(costly.errors?.[0].message).toMatch(/^Operation cost \d+ exceeds the limit of 5000$/);
  });
});

describe('API keys for partner apps', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await test.token('admin-1', 'studio-a', ['admin']);
  });

  it('lets an admin issue a key that authenticates with its role and workspace, stores only its hash, and can be revoked', async () => {
    const created = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createApiKey(input: {name: "Partner uploader", role: editor}) { secret apiKey { id name role createdBy } } }',
      { authorization: `Bearer ${admin}` },
    );
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ name: 'Partner uploader', role: 'editor', createdBy: 'admin-1' });
    expect(secret).toMatch(/^mam_[A-Za-z0-9_-]{43}$/);
    const stored = await system.services.assets.dataSource.query('SELECT key_hash FROM api_keys WHERE id = $1', [
      apiKey.id,
    ]);
    expect(stored[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const made = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createAsset(input: {title: "Uploaded by a partner app"}) { id createdBy workspaceId } }',
      { authorization: `ApiKey ${secret}` },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createAsset).toMatchObject({ createdBy: `api-key:${apiKey.id}`, workspaceId: 'studio-a' });

    const revoked = await graphqlRequest(system.gatewayUrl, `mutation { revokeApiKey(id: "${apiKey.id}") }`, {
      authorization: `Bearer ${admin}`,
    });
    expect(revoked.data).toEqual({ revokeApiKey: true });
    const refused = await graphqlRequest(system.gatewayUrl, '{ assets(first: 1) { edges { node { id } } } }', {
      authorization: `ApiKey ${secret}`,
    });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses key management to non-admins and keeps the key lookup off the public API', async () => {
    const denied = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createApiKey(input: {name: "x", role: admin}) { secret } }',
      { authorization: `Bearer ${editor}` },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hidden = await graphqlRequest(system.gatewayUrl, '{ apiKeyIdentity(keyHash: "00") { workspaceId } }', {
      authorization: `Bearer ${admin}`,
    });
    expect(hidden.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
