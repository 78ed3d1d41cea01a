import { createClient, type Client } from 'graphql-ws';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import WebSocket from 'ws';
import { parseConfig } from '@mam/config';
import { gatewayConfigShape, createGateway, type Gateway } from '@mam/gateway';
import {
  BINDING_HEADER,
  bindRequest,
  CLIENT_HEADER,
  encodeClientFacts,
  IDENTITY_HEADER,
  signIdentity,
  subscriptionBody,
} from '@mam/graphql';
import { createLogger } from '@mam/logger';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, testSecret, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// Credentials end or narrow what is already open: subscriptions after revocation, removal, a
// group change and an access change; and what the gateway hands out or lets through stays its own.

let test: TestSystem;
let system: RunningSystem;
const jwtSecret = testSecret();
const extraGateways: Gateway[] = [];
const clients: Client[] = [];
let admin: string;

beforeAll(async () => {
  test = await startTestSystem('credentials', { jwtSecret });
  system = test.system;
  admin = await test.token('ada', 'studio', ['admin']);
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const gateway of extraGateways) await gateway.stop();
  await test?.stop();
});

/** Another gateway instance over the same subgraphs (as behind a load balancer), with its own settings. */
async function anotherGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const { services } = system;
  const gateway = createGateway(
    parseConfig(gatewayConfigShape, {
      HOST: '127.0.0.1',
      PORT: '0',
      GATEWAY_SIGNING_SECRET: test.gatewaySecret,
      JWT_SECRET: jwtSecret,
      ASSETS_URL: services.assets.url,
      INGEST_URL: services.ingest.url,
      REVIEW_URL: services.review.url,
      DISTRIBUTION_URL: services.distribution.url,
      ARCHIVE_URL: services.archive.url,
      LOG_LEVEL: 'silent',
      ...env,
    }),
    { logger: createLogger('gateway-2', 'silent') },
  );
  await gateway.start();
  extraGateways.push(gateway);
  return gateway;
}

async function ok(
  authorization: string,
  query: string,
  variables: Record<string, unknown> = {},
  url = system.gatewayUrl,
) {
  const response = await graphqlRequest(url, query, { variables, authorization });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A subscription as a partner app holds it: what it received, and how it ended. */
function subscribe(gatewayUrl: string, authorization: string, query: string, variables: Record<string, unknown> = {}) {
  const received: any[] = [];
  const state: { ended?: string } = {};
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  client.subscribe(
    { query, variables },
    {
      next: (result) => received.push(result.errors ? { errors: result.errors } : result.data),
      error: (error) => (state.ended = `closed ${(error as { code?: number }).code ?? (error as Error).message}`),
      complete: () => (state.ended = 'complete'),
    },
  );
  return { received, state };
}

const createAsset = async (authorization: string, title: string, url = system.gatewayUrl) =>
  (
    await ok(
      authorization,
      'mutation($t: String!) { createAsset(input: { title: $t }) { id title } }',
      { t: title },
      url,
    )
  ).createAsset as { id: string; title: string };

/** Creates assets until the subscription has seen one of them (subgraph subscriptions are set up asynchronously). */
async function firstReviewEvent(authorization: string, live: ReturnType<typeof subscribe>, prefix: string) {
  const titles: string[] = [];
  return waitFor(
    async () => {
      if (titles.length < 15 && live.received.length === 0)
        titles.push((await createAsset(authorization, `${prefix} ${titles.length + 1}`)).title);
      return live.received.find((r) => titles.includes(r?.reviewOpened?.title));
    },
    { intervalMs: 1000, timeoutMs: 40_000, what: `a reviewOpened event for ${prefix}` },
  );
}

const png = (colour: string) =>
  sharp({ create: { width: 24, height: 24, channels: 3, background: colour } })
    .png()
    .toBuffer();
const uploadVersion = async (authorization: string, assetId: string, colour: string) =>
  ok(authorization, 'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { versionId } }', {
    i: { filename: `${colour}.png`, contentBase64: (await png(colour)).toString('base64'), assetId },
  });

describe('open subscriptions follow the credential they were opened with', () => {
  it("ends an API key's subscription within seconds of revokeApiKey, on another gateway instance too", async () => {
    const key = (
      await ok(
        `Bearer ${admin}`,
        'mutation { createApiKey(input: { name: "Live wall", role: viewer }) { secret apiKey { id } } }',
      )
    ).createApiKey;
    const otherGateway = await anotherGateway();
    const live = subscribe(otherGateway.url, `ApiKey ${key.secret}`, 'subscription { reviewOpened { id title } }');
    await firstReviewEvent(`Bearer ${admin}`, live, 'Before revocation');

    expect(await ok(`Bearer ${admin}`, 'mutation($id: ID!) { revokeApiKey(id: $id) }', { id: key.apiKey.id })).toEqual({
      revokeApiKey: true,
    });
    const revokedAt = Date.now();
    await waitFor(() => live.state.ended, { timeoutMs: 10_000, what: "the revoked key's subscription to end" });
    expect(live.state.ended).toBe('closed 4401');
    expect(Date.now() - revokedAt).toBeLessThan(8_000);
    const count = live.received.length;
    await createAsset(`Bearer ${admin}`, 'After revocation');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(live.received).toHaveLength(count);
  }, 90_000);

  it("ends a removed member's subscription within seconds of removeMember", async () => {
    const member = await test.token('rob', 'studio', ['editor']);
    const live = subscribe(system.gatewayUrl, `Bearer ${member}`, 'subscription { reviewOpened { id title } }');
    await firstReviewEvent(`Bearer ${admin}`, live, 'Before removal');
    expect(await ok(`Bearer ${admin}`, 'mutation { removeMember(subject: "rob") }')).toEqual({ removeMember: true });
    const removedAt = Date.now();
    await waitFor(() => live.state.ended, { timeoutMs: 15_000, what: "the removed member's subscription to end" });
    expect(live.state.ended).toBe('closed 4401');
    // Within the membership cache (5 s) and one re-check (2 s).
    expect(Date.now() - removedAt).toBeLessThan(10_000);
  }, 90_000);
});

describe('live progress follows the access projection', () => {
  let workspaceGrant: string;
  const owner = () => test.token('oda', 'restricted', ['admin']);

  beforeAll(async () => {
    const wide = await ok(`Bearer ${await owner()}`, 'query { accessGrants(target: { workspace: true }) { id } }');
    workspaceGrant = wide.accessGrants[0].id;
    await ok(`Bearer ${await owner()}`, 'mutation($id: ID!) { revokeAccess(id: $id) }', { id: workspaceGrant });
  });

  it('starts delivering progress of an asset once the caller may see it, and ends when access is taken away', async () => {
    const boss = `Bearer ${await owner()}`;
    const rita = `Bearer ${await test.token('rita', 'restricted', ['editor'])}`;
    await ok(rita, '{ assets(first: 1) { edges { node { id } } } }'); // rita is a member now
    const asset = await createAsset(boss, 'Granted later');
    // Subscribed before rita may see the asset (and before ingest's projection knows it at all).
    const live = subscribe(
      system.gatewayUrl,
      rita,
      'subscription($id: ID!) { ingestProgress(assetId: $id) { assetId kind status } }',
      { id: asset.id },
    );
    const grant = (
      await ok(boss, 'mutation($i: GrantAccessInput!) { grantAccess(input: $i) { id } }', {
        i: { target: { assetId: asset.id }, subject: 'rita', role: 'viewer' },
      })
    ).grantAccess;
    await waitFor(
      async () =>
        (
          await system.services.ingest.dataSource.query(
            `SELECT 1 FROM asset_access WHERE asset_id = $1 AND entries::text LIKE '%rita%'`,
            [asset.id],
          )
        ).length > 0,
      { what: 'ingest to learn the grant' },
    );
    let uploads = 0;
    const update = await waitFor(
      async () => {
        if (live.received.length === 0 && uploads < 6)
          await uploadVersion(boss, asset.id, ['red', 'green', 'blue', 'white', 'black', 'gray'][uploads++]);
        return live.received.find((r) => r?.ingestProgress?.assetId === asset.id);
      },
      { intervalMs: 2000, timeoutMs: 40_000, what: 'progress of the asset once granted' },
    );
    expect(update.ingestProgress).toEqual({
      assetId: asset.id,
      kind: expect.any(String),
      status: expect.stringMatching(/^(QUEUED|RUNNING|READY)$/),
    });
    expect(live.state.ended).toBeUndefined();

    await ok(boss, 'mutation($id: ID!) { revokeAccess(id: $id) }', { id: grant.id });
    await waitFor(() => live.state.ended, { timeoutMs: 15_000, what: 'the subscription to end with the grant' });
    expect(live.state.ended).toBe('complete');
  }, 120_000);

  it('narrows a subscription when the caller leaves the group that gave access', async () => {
    const boss = `Bearer ${await owner()}`;
    const gus = `Bearer ${await test.token('gus', 'restricted', ['editor'])}`;
    await ok(gus, '{ assets(first: 1) { edges { node { id } } } }');
    const group = (await ok(boss, 'mutation { createAccessGroup(name: "Graders") { id } }')).createAccessGroup.id;
    await ok(boss, 'mutation($g: ID!) { addAccessGroupMembers(groupId: $g, subjects: ["gus"]) { id } }', { g: group });
    const asset = await createAsset(boss, 'Graded through a group');
    await ok(boss, 'mutation($i: GrantAccessInput!) { grantAccess(input: $i) { id } }', {
      i: { target: { assetId: asset.id }, groupId: group, role: 'viewer' },
    });
    await waitFor(
      async () =>
        (
          await system.services.ingest.dataSource.query(
            `SELECT 1 FROM asset_access WHERE asset_id = $1 AND entries::text LIKE $2`,
            [asset.id, `%${group}%`],
          )
        ).length > 0,
      { what: 'ingest to learn the group grant' },
    );
    await new Promise((resolve) => setTimeout(resolve, 5500)); // gus's cached membership now lists the group
    const live = subscribe(
      system.gatewayUrl,
      gus,
      'subscription($id: ID!) { ingestProgress(assetId: $id) { assetId status } }',
      { id: asset.id },
    );
    let uploads = 0;
    await waitFor(
      async () => {
        if (live.received.length === 0 && uploads < 6)
          await uploadVersion(boss, asset.id, ['red', 'green', 'blue', 'white', 'black', 'gray'][uploads++]);
        return live.received.length > 0;
      },
      { intervalMs: 2000, timeoutMs: 40_000, what: 'progress through the group grant' },
    );

    await ok(boss, 'mutation($g: ID!) { removeAccessGroupMembers(groupId: $g, subjects: ["gus"]) { id } }', {
      g: group,
    });
    await new Promise((resolve) => setTimeout(resolve, 9000)); // membership cache (5 s) and a re-check (2 s)
    const before = live.received.length;
    const admins = subscribe(
      system.gatewayUrl,
      boss,
      'subscription($id: ID!) { ingestProgress(assetId: $id) { assetId status } }',
      { id: asset.id },
    );
    await waitFor(
      async () => {
        if (admins.received.length === 0 && uploads < 12)
          await uploadVersion(boss, asset.id, ['navy', 'olive', 'teal', 'maroon', 'purple', 'silver'][uploads++ % 6]);
        return admins.received.some((r) => r?.ingestProgress?.status === 'READY');
      },
      { intervalMs: 2000, timeoutMs: 40_000, what: "the admin to see the new version's progress" },
    );
    expect(live.received.length).toBe(before);
  }, 150_000);
});

/** Sends one request with its path exactly as given (no client-side normalisation). */
function rawRequest(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('what the gateway lets through and hands out', () => {
  it('refuses paths that would reach another route of ingest once normalised', async () => {
    expect((await rawRequest(system.gatewayUrl, { path: '/media/renditions/none.webp' })).status).toBe(403);
    for (const path of [
      '/media/../healthz',
      '/media/%2e%2e/healthz',
      '/media/%2E%2E/readyz',
      '/media/..%2fhealthz',
      '/media/..%2Fhealthz',
      '/files/../healthz',
      '/files/%2e%2e/media/x',
      '/media/..\\healthz',
    ]) {
      const answer = await rawRequest(system.gatewayUrl, { path });
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.body).not.toContain('ingest');
    }
    // Ingest's media route itself refuses keys that climb out once decoded, before any signature check.
    expect(
      (
        await rawRequest(system.services.ingest.url, {
          path: '/media/renditions/..%2f..%2fmasters/x.mp4?expires=1&signature=x',
        })
      ).status,
    ).toBe(400);
  });

  it("builds upload locations from configuration, not from the client's Host or Forwarded headers", async () => {
    const token = await test.token('ula', 'studio', ['editor']);
    const create = (url: string, headers: Record<string, string> = {}) =>
      rawRequest(url, {
        method: 'POST',
        path: '/files',
        headers: {
          authorization: `Bearer ${token}`,
          'tus-resumable': '1.0.0',
          'upload-length': '10',
          'upload-metadata': `filename ${Buffer.from('a.txt').toString('base64')}`,
          ...headers,
        },
      });
    const spoof = {
      host: 'attacker.example',
      forwarded: 'host=attacker.example;proto=https',
      'x-forwarded-host': 'attacker.example',
      'x-forwarded-proto': 'https',
    };
    const own = await create(system.gatewayUrl, spoof);
    expect(own.status).toBe(201);
    expect(own.headers.location).toMatch(new RegExp(`^${new URL(system.gatewayUrl).origin}/files/[0-9a-f-]{36}$`));

    const configured = await anotherGateway({ PUBLIC_BASE_URL: 'https://mam.example.com' });
    const fromConfig = await create(configured.url, spoof);
    expect(fromConfig.headers.location).toMatch(/^https:\/\/mam\.example\.com\/files\/[0-9a-f-]{36}$/);

    // Behind a configured proxy, that proxy's X-Forwarded-Host is believed; a Forwarded header still is not.
    const proxied = await anotherGateway({ TRUSTED_PROXIES: 'loopback' });
    const viaProxy = await create(proxied.url, {
      forwarded: 'host=attacker.example',
      'x-forwarded-host': 'media.example.org',
      'x-forwarded-proto': 'https',
    });
    expect(viaProxy.headers.location).toMatch(/^https:\/\/media\.example\.org\/files\/[0-9a-f-]{36}$/);
  }, 60_000);

  it('makes a captured subgraph identity worthless for any other request', async () => {
    // A recording proxy between a gateway and review sees what an eavesdropper on that hop would.
    const review = new URL(system.services.review.url);
    const captured: { headers: IncomingHttpHeaders; body: string }[] = [];
    const recorder = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        captured.push({ headers: req.headers, body });
        const upstream = httpRequest(
          { host: review.hostname, port: review.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    try {
      const gateway = await anotherGateway({
        REVIEW_URL: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`,
      });
      const asset = await createAsset(`Bearer ${admin}`, 'Eavesdropped');
      await waitFor(
        async () =>
          (
            await ok(
              `Bearer ${admin}`,
              'query($id: ID!) { asset(id: $id) { review { status } } }',
              { id: asset.id },
              gateway.url,
            )
          ).asset?.review,
        { what: 'review through the recorder' },
      );
      const hop = captured.find((c) => c.headers[IDENTITY_HEADER]);
      expect(hop).toBeDefined();
      // The caller's address and user agent ride along (x-mam-client), covered by the same binding.
      const stolen = {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: String(hop!.headers[IDENTITY_HEADER]),
        [BINDING_HEADER]: String(hop!.headers[BINDING_HEADER]),
        [CLIENT_HEADER]: String(hop!.headers[CLIENT_HEADER]),
      };
      // The same request again, within seconds, is what the binding allows; anything else is refused.
      const same = await fetch(system.services.review.url, { method: 'POST', headers: stolen, body: hop!.body });
      expect(same.status).toBe(200);
      const other = await fetch(system.services.review.url, {
        method: 'POST',
        headers: stolen,
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(other.status).toBe(401);
      expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      const elsewhere = await fetch(system.services.review.url, {
        method: 'POST',
        headers: { ...stolen, [CLIENT_HEADER]: encodeClientFacts({ address: '198.51.100.9', userAgent: 'forged' }) },
        body: hop!.body,
      });
      expect(elsewhere.status).toBe(401);
      const unbound = await fetch(system.services.review.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: stolen[IDENTITY_HEADER] },
        body: hop!.body,
      });
      expect(unbound.status).toBe(401);
    } finally {
      recorder.close();
    }
  }, 60_000);

  it("binds a subgraph subscription's identity to the one operation it was signed for", async () => {
    const token = await signIdentity(
      { subject: 'ada', workspaceId: 'studio', roles: ['admin'], kind: 'user', workspaceRole: 'admin' },
      test.gatewaySecret,
    );
    const signedFor = { query: 'subscription { reviewOpened { id } }', variables: {} };
    const binding = bindRequest(token, test.gatewaySecret, {
      method: 'SUBSCRIBE',
      path: '/graphql',
      body: subscriptionBody(signedFor),
    });
    const attempt = (payload: { query: string; variables: Record<string, unknown> }, bound = binding) =>
      new Promise<string>((resolve) => {
        const client = createClient({
          url: system.services.ingest.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { identity: token, binding: bound },
          retryAttempts: 0,
        });
        clients.push(client);
        client.subscribe(payload, {
          next: (r) => resolve(r.errors ? `error ${String(r.errors[0].extensions?.code)}` : 'event'),
          error: (e) =>
            resolve(Array.isArray(e) ? `error ${e[0].extensions?.code}` : `closed ${(e as { code?: number }).code}`),
          complete: () => resolve('complete'),
        });
        setTimeout(() => resolve('open'), 1500);
      });
    const progress = {
      query: 'subscription($id: ID!) { ingestProgress(assetId: $id) { status } }',
      variables: { id: '00000000-0000-0000-0000-000000000000' },
    };
    expect(await attempt(progress)).toBe('error UNAUTHENTICATED');
    const boundToProgress = bindRequest(token, test.gatewaySecret, {
      method: 'SUBSCRIBE',
      path: '/graphql',
      body: subscriptionBody(progress),
    });
    expect(await attempt(progress, boundToProgress)).toBe('open');
  });
});
