import { createClient } from 'graphql-ws';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { graphqlRequest, testInfrastructure, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// While PostgreSQL is down, a valid credential cannot be checked: the answer is UNAVAILABLE
// (retry later), never "invalid credentials". The outage is a TCP proxy of this test's own
// between every service and the shared PostgreSQL, cut and restored here.

/** A TCP proxy to PostgreSQL that can be cut (every connection dropped, new ones refused) and restored. */
function postgresProxy(target: URL) {
  const sockets = new Set<Socket>();
  let cut = false;
  const server: Server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return {
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `postgres://${target.username || 'postgres'}@127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const proxy = postgresProxy(new URL(testInfrastructure().databaseUrlBase));
let test: TestSystem;
let apiKey: string;

beforeAll(async () => {
  test = await startTestSystem('outage', { databaseUrlBase: await proxy.start() });
  const admin = await test.token('ada', 'studio', ['admin']);
  const created = await graphqlRequest(
    test.system.gatewayUrl,
    'mutation { createApiKey(input: { name: "Outage probe", role: viewer }) { secret } }',
    { authorization: `Bearer ${admin}` },
  );
  apiKey = created.data!.createApiKey.secret;
}, 120_000);

afterAll(async () => {
  proxy.restore();
  await test?.stop();
  await proxy.stop();
});

it('answers UNAVAILABLE (503, retryable) to valid credentials while the database is down, and serves them again after', async () => {
  const { gatewayUrl } = test.system;
  const person = await test.token('pia', 'studio', ['editor']);
  const ask = (authorization: string) =>
    graphqlRequest(gatewayUrl, '{ assets(first: 1) { edges { node { id } } } }', { authorization });
  expect((await ask(`Bearer ${person}`)).errors).toBeUndefined();
  expect((await ask(`ApiKey ${apiKey}`)).errors).toBeUndefined();

  proxy.cut();
  await new Promise((resolve) => setTimeout(resolve, 6000)); // past the membership cache
  for (const authorization of [
    `Bearer ${person}`,
    `ApiKey ${apiKey}`,
    `Bearer ${await test.token('new-face', 'studio', ['viewer'])}`,
  ]) {
    const answer = await ask(authorization);
    expect({ authorization, status: answer.status }).toEqual({ authorization, status: 503 });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
  }
  // A forged credential is still a bad credential, whatever the database does.
  expect((await ask('Bearer not.a.token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  const upload = await fetch(new URL('/files', gatewayUrl), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${person}`,
      'tus-resumable': '1.0.0',
      'upload-length': '3',
      'upload-metadata': `filename ${Buffer.from('a.txt').toString('base64')}`,
    },
  });
  expect(upload.status).toBe(503);
  expect(upload.headers.get('retry-after')).toBeTruthy();

  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${person}` },
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
  expect(outcome).toBe('closed 1013');

  proxy.restore();
  await waitFor(async () => (await ask(`Bearer ${person}`)).status === 200, {
    timeoutMs: 30_000,
    what: 'the gateway to serve again',
  });
  expect((await ask(`ApiKey ${apiKey}`)).errors).toBeUndefined();
}, 90_000);
