import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import sharp from 'sharp';
import { firstSignInLines, type RunningSystem, startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, subgraphRequest, testInfrastructure, waitFor } from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let base: string;

beforeAll(async () => {
  test = await startTestSystem('signin');
  system = test.system;
  base = new URL('/', system.gatewayUrl).toString().replace(/\/$/, '');
}, 120_000);

afterAll(() => test?.stop());

/** A browser's view of the gateway: a cookie jar, same-origin requests, the CSRF header when asked. */
class Browser {
  cookies = new Map<string, string>();

  async request(
    method: string,
    path: string,
    options: { body?: unknown; csrf?: boolean; headers?: Record<string, string>; raw?: Buffer | string } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.csrf && this.cookies.has('mam_csrf')) headers['x-csrf-token'] = this.cookies.get('mam_csrf')!;
    const response = await fetch(base + path, {
      method,
      headers,
      body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      setCookies: response.headers.getSetCookie(),
      body: text ? JSON.parse(text) : undefined,
    };
  }

  post(path: string, body: unknown = {}, csrf = true) {
    return this.request('POST', path, { body, csrf });
  }

  graphql(query: string, variables: Record<string, unknown> = {}, csrf = true) {
    return this.request('POST', '/graphql', { body: { query, variables }, csrf });
  }

  async ok(query: string, variables: Record<string, unknown> = {}) {
    const response = await this.graphql(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  }
}

const code = (response: { body: any }) => response.body?.errors?.[0]?.extensions?.code;
const tokenOf = (url: string) => new URL(url, base).hash.replace(/^#token=/, '');

async function assetsDb<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: `${testInfrastructure().databaseUrlBase}/${test.name}_assets` });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const ADMIN = 'admin@studio.test';
const adminBrowser = new Browser();
let editorId: string;

async function invite(by: Browser | string, email: string, role: string): Promise<string> {
  const query = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id email role expiresAt url } }';
  const data =
    typeof by === 'string'
      ? (
          await graphqlRequest(system.gatewayUrl, query, {
            variables: { i: { email, role } },
            authorization: `Bearer ${by}`,
          })
        ).data!
      : await by.ok(query, { i: { email, role } });
  expect(data.inviteMember).toEqual({
    id: expect.any(String),
    email,
    role,
    expiresAt: expect.any(String),
    url: expect.stringMatching(/^\/invite#token=[A-Za-z0-9_-]{43}$/),
  });
  return tokenOf(data.inviteMember.url);
}

it('makes the workspace and its admin on the first start and prints a one-time sign-in link, fresh until the admin signs in', async () => {
  const options = { publicBaseUrl: base, adminEmail: ADMIN, workspaceId: 'studio', workspaceName: 'Studio' };
  const [first] = await firstSignInLines(system, options);
  expect(first).toMatch(new RegExp(`^Sign in: ${base}/sign-in/link#token=[A-Za-z0-9_-]{43}$`));
  const [second] = await firstSignInLines(system, options);
  expect(second).not.toBe(first);
  const oldLink = await adminBrowser.post('/auth/link', { token: tokenOf(first.slice('Sign in: '.length)) });
  expect(oldLink.status).toBe(401);
  expect(oldLink.body.errors[0]).toEqual({
    message: 'This sign-in link has expired or was already used',
    extensions: { code: 'INVALID_LINK' },
  });

  const signedIn = await adminBrowser.post('/auth/link', { token: tokenOf(second.slice('Sign in: '.length)) });
  expect(signedIn.status).toBe(200);
  expect(signedIn.body.me).toEqual({
    id: expect.any(String),
    email: ADMIN,
    name: 'Admin',
    workspaceId: 'studio',
    workspaceName: 'Studio',
    role: 'admin',
    workspaces: [{ id: 'studio', name: 'Studio', role: 'admin' }],
  });
  const session = signedIn.setCookies.find((c) => c.startsWith('mam_session='))!;
  expect(session).toMatch(/HttpOnly/);
  expect(session).toMatch(/SameSite=Lax/);
  expect(session).not.toMatch(/Secure/);
  expect(signedIn.setCookies.find((c) => c.startsWith('mam_csrf='))).not.toMatch(/HttpOnly/);

  const reused = await new Browser().post('/auth/link', { token: tokenOf(second.slice('Sign in: '.length)) });
  expect(reused.status).toBe(401);
  expect(code(reused)).toBe('INVALID_LINK');
  expect(await firstSignInLines(system, options)).toEqual([`Open ${base}`]);

  expect((await adminBrowser.request('GET', '/auth/me')).body.me.email).toBe(ADMIN);
  // The admin sets a password (the link made the account without one), then signs in with it.
  const weak = await adminBrowser.post('/auth/password', { newPassword: 'short' });
  expect(weak.status).toBe(400);
  expect(weak.body.errors[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: { password: expect.any(String) },
  });
  expect((await adminBrowser.post('/auth/password', { newPassword: 'admin password 1' })).status).toBe(200);
  const again = await new Browser().post('/auth/sign-in', { email: ADMIN, password: 'admin password 1' });
  expect(again.status).toBe(200);
  expect(again.body.me.role).toBe('admin');
}, 60_000);

it('accepts the session cookie on /graphql, refusing cookie mutations without the CSRF token; bearer tokens need none', async () => {
  const made = await adminBrowser.ok('mutation { createAsset(input: { title: "Made in the browser" }) { id title } }');
  expect(made.createAsset.title).toBe('Made in the browser');

  const crossSite = await adminBrowser.request('POST', '/graphql', {
    body: { query: 'mutation { createAsset(input: { title: "Forged" }) { id } }' },
    headers: { origin: 'https://evil.example' },
  });
  expect(crossSite.status).toBe(403);
  expect(crossSite.body.errors[0]).toEqual({ message: 'Missing or wrong CSRF token', extensions: { code: 'CSRF' } });
  const wrongToken = await adminBrowser.request('POST', '/graphql', {
    body: { query: 'mutation { createAsset(input: { title: "Forged" }) { id } }' },
    headers: { 'x-csrf-token': 'guess' },
  });
  expect(wrongToken.status).toBe(403);

  // A query over GET carries no CSRF token and works; the forged mutation made nothing.
  const listed = await adminBrowser.request(
    'GET',
    `/graphql?query=${encodeURIComponent('{ assets(first: 10) { edges { node { title } } } }')}`,
    { headers: { 'apollo-require-preflight': 'true' } },
  );
  expect(listed.status).toBe(200);
  expect(listed.body.data.assets.edges.map((e: any) => e.node.title)).toEqual(['Made in the browser']);

  const bearer = await test.token('partner', 'studio', ['editor']);
  const viaBearer = await graphqlRequest(system.gatewayUrl, '{ assets(first: 10) { edges { node { title } } } }', {
    authorization: `Bearer ${bearer}`,
  });
  expect(viaBearer.data!.assets.edges).toHaveLength(1);
});

it('invites a person who sets a password through the link, once; expired and reused invites are refused', async () => {
  const token = await invite(adminBrowser, 'ed@studio.test', 'editor');
  expect((await adminBrowser.ok('{ invites { email role url } }')).invites).toEqual([
    { email: 'ed@studio.test', role: 'editor', url: null },
  ]);

  const editor = new Browser();
  const weak = await editor.post('/auth/invite/accept', { token, password: 'short', name: 'Ed' });
  expect(weak.status).toBe(400);
  expect(weak.body.errors[0].extensions.fields.password).toMatch(/at least 10/);
  const accepted = await editor.post('/auth/invite/accept', { token, password: 'editor password 1', name: 'Ed' });
  expect(accepted.status).toBe(200);
  expect(accepted.body.me).toMatchObject({
    email: 'ed@studio.test',
    name: 'Ed',
    workspaceId: 'studio',
    role: 'editor',
  });
  editorId = accepted.body.me.id;
  expect((await editor.ok('{ assets(first: 10) { edges { node { title } } } }')).assets.edges).toHaveLength(1);

  const reused = await new Browser().post('/auth/invite/accept', {
    token,
    password: 'another password 1',
    name: 'Mallory',
  });
  expect(reused.status).toBe(401);
  expect(reused.body.errors[0]).toEqual({
    message: 'This invite has expired or was already used',
    extensions: { code: 'INVALID_LINK' },
  });

  const late = await invite(adminBrowser, 'late@studio.test', 'viewer');
  await assetsDb("UPDATE account_invites SET expires_at = now() - interval '1 second' WHERE email = $1", [
    'late@studio.test',
  ]);
  const expired = await new Browser().post('/auth/invite/accept', { token: late, password: 'viewer password 1' });
  expect(expired.status).toBe(401);
  expect(code(expired)).toBe('INVALID_LINK');

  const revokedToken = await invite(adminBrowser, 'revoked@studio.test', 'viewer');
  const open = (await adminBrowser.ok('{ invites { id email } }')).invites;
  expect(open.map((i: any) => i.email)).toEqual(['late@studio.test', 'revoked@studio.test']);
  expect(await adminBrowser.ok('mutation($id: ID!) { revokeInvite(id: $id) }', { id: open[1].id })).toEqual({
    revokeInvite: true,
  });
  expect(
    code(await new Browser().post('/auth/invite/accept', { token: revokedToken, password: 'viewer password 1' })),
  ).toBe('INVALID_LINK');
  expect((await adminBrowser.ok('{ invites { email } }')).invites).toEqual([{ email: 'late@studio.test' }]);
  // Only admins invite.
  const notAdmin = await editor.graphql(
    'mutation { inviteMember(input: { email: "friend@studio.test", role: admin }) { id } }',
  );
  expect(notAdmin.body.errors[0].extensions.code).toBe('FORBIDDEN');

  const signedIn = await new Browser().post('/auth/sign-in', {
    email: 'ED@studio.test',
    password: 'editor password 1',
  });
  expect(signedIn.status).toBe(200);
  expect(signedIn.body.me.role).toBe('editor');
  expect((await adminBrowser.ok('{ workspaceMembers { subject role email name } }')).workspaceMembers).toContainEqual({
    subject: `account:${editorId}`,
    role: 'editor',
    email: 'ed@studio.test',
    name: 'Ed',
  });
}, 60_000);

it("keeps the gateway's session fields out of the public graph and refuses them to callers other than the gateway", async () => {
  const viaGateway = await adminBrowser.graphql('{ sessionIdentity(sessionTokenHash: "x") { subject } }');
  expect(viaGateway.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const admin = { subject: 'ada', workspaceId: 'studio', roles: ['admin' as const], kind: 'user' as const };
  const direct = await subgraphRequest(
    system.services.assets.url,
    admin,
    test.gatewaySecret,
    'mutation { endSession(sessionTokenHash: "x") }',
  );
  expect(direct.errors![0].extensions!.code).toBe('FORBIDDEN');
});

it('answers a wrong password and an unknown account alike, after the same argon2 work', async () => {
  const attempt = async (email: string) => {
    const started = performance.now();
    const response = await new Browser().post('/auth/sign-in', { email, password: 'not the password' });
    return { ms: performance.now() - started, status: response.status, body: response.body };
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 3; i++) {
    const a = await attempt('ed@studio.test');
    const b = await attempt(`nobody-${i}@studio.test`);
    expect(a.status).toBe(401);
    expect(b.body).toEqual(a.body);
    expect(a.body).toEqual({
      errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    known.push(a.ms);
    unknown.push(b.ms);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1];
  // Loosely: without the decoy hash an unknown account answers many times faster.
  expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  expect(median(known)).toBeGreaterThan(median(unknown) * 0.4);
  // The failures did not lock the account: the right password still works (its counter resets).
  expect(
    (await new Browser().post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 1' })).status,
  ).toBe(200);
}, 60_000);

it("refuses a removed member's session cookie and ends their sessions", async () => {
  const token = await invite(adminBrowser, 'gone@studio.test', 'viewer');
  const gone = new Browser();
  const accepted = await gone.post('/auth/invite/accept', { token, password: 'viewer password 1', name: 'Gone' });
  expect(accepted.status).toBe(200);
  expect((await gone.ok('{ assets(first: 10) { edges { node { title } } } }')).assets.edges).toHaveLength(1);

  expect(
    await adminBrowser.ok('mutation($s: String!) { removeMember(subject: $s) }', {
      s: `account:${accepted.body.me.id}`,
    }),
  ).toEqual({ removeMember: true });
  const refused = await waitFor(
    async () => {
      const response = await gone.graphql('{ assets(first: 10) { edges { node { title } } } }');
      return response.status === 401 ? response : undefined;
    },
    { timeoutMs: 10_000, what: "the removed member's cookie to be refused" },
  );
  expect(code(refused)).toBe('UNAUTHENTICATED');
  expect((await gone.request('GET', '/auth/me')).status).toBe(401);
  const [session] = await assetsDb<{ ended_at: Date | null }>(
    'SELECT ended_at FROM account_sessions WHERE account_id = $1',
    [accepted.body.me.id],
  );
  expect(session.ended_at).toBeInstanceOf(Date);
  // Their password still checks out, but they belong nowhere any more.
  const again = await new Browser().post('/auth/sign-in', { email: 'gone@studio.test', password: 'viewer password 1' });
  expect(again.status).toBe(403);
  expect(code(again)).toBe('FORBIDDEN');
}, 60_000);

it('signs out: the session ends server-side at once and its cookies are cleared, other sessions go on', async () => {
  const one = new Browser();
  const two = new Browser();
  for (const b of [one, two])
    expect((await b.post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 1' })).status).toBe(
      200,
    );
  const oldCookies = new Map(one.cookies);

  const forged = await one.post('/auth/sign-out', {}, false);
  expect(forged.status).toBe(403);
  expect(code(forged)).toBe('CSRF');
  const out = await one.post('/auth/sign-out');
  expect(out.status).toBe(204);
  expect(out.setCookies.join('\n')).toMatch(/mam_session=;.*Max-Age=0/);
  expect(one.cookies.size).toBe(0);

  const replay = new Browser();
  replay.cookies = oldCookies;
  expect((await replay.graphql('{ assets(first: 1) { edges { node { id } } } }')).status).toBe(401);
  expect((await replay.request('GET', '/auth/me')).status).toBe(401);
  expect(replay.cookies.size).toBe(0);
  expect((await two.request('GET', '/auth/me')).body.me.email).toBe('ed@studio.test');

  // Signing in again from a browser that holds a session ends that session.
  const stale = new Browser();
  stale.cookies = new Map(two.cookies);
  expect((await two.post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 1' })).status).toBe(
    200,
  );
  expect((await stale.graphql('{ assets(first: 1) { edges { node { id } } } }')).status).toBe(401);
  expect((await two.ok('{ assets(first: 1) { edges { node { id } } } }')).assets.edges).toHaveLength(1);
}, 60_000);

it('ends every session of an account when its password changes, keeping the one that changed it', async () => {
  const changer = new Browser();
  const other = new Browser();
  for (const b of [changer, other])
    expect((await b.post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 1' })).status).toBe(
      200,
    );

  const wrong = await changer.post('/auth/password', {
    currentPassword: 'not it at all',
    newPassword: 'editor password 2',
  });
  expect(wrong.status).toBe(401);
  const changed = await changer.post('/auth/password', {
    currentPassword: 'editor password 1',
    newPassword: 'editor password 2',
  });
  expect(changed.status).toBe(200);
  expect(changed.body.me.email).toBe('ed@studio.test');
  expect((await changer.ok('{ assets(first: 1) { edges { node { id } } } }')).assets.edges).toHaveLength(1);
  await waitFor(async () => (await other.graphql('{ assets(first: 1) { edges { node { id } } } }')).status === 401, {
    timeoutMs: 10_000,
    what: 'the other session to end',
  });

  expect(
    (await new Browser().post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 1' })).status,
  ).toBe(401);
  expect(
    (await new Browser().post('/auth/sign-in', { email: 'ed@studio.test', password: 'editor password 2' })).status,
  ).toBe(200);
}, 60_000);

const ed = new Browser();

it('lets a person who belongs to several workspaces switch between them', async () => {
  const boss = await test.token('boss', 'other', ['admin']);
  const token = await invite(boss, 'ed@studio.test', 'reviewer');
  // The address already has an account: accepting takes its password, and a wrong one uses nothing up.
  const wrong = await ed.post('/auth/invite/accept', { token, password: 'a different password' });
  expect(wrong.status).toBe(401);
  const accepted = await ed.post('/auth/invite/accept', { token, password: 'editor password 2' });
  expect(accepted.status).toBe(200);
  expect(accepted.body.me).toMatchObject({ workspaceId: 'other', workspaceName: 'other', role: 'reviewer' });
  expect(accepted.body.me.workspaces).toEqual(
    expect.arrayContaining([
      { id: 'studio', name: 'Studio', role: 'editor' },
      { id: 'other', name: 'other', role: 'reviewer' },
    ]),
  );

  expect(code(await ed.post('/auth/switch-workspace', { workspaceId: 'studio' }, false))).toBe('CSRF');
  const refused = await ed.post('/auth/switch-workspace', { workspaceId: 'nowhere' });
  expect(refused.status).toBe(403);
  expect(code(refused)).toBe('FORBIDDEN');
  const switched = await ed.post('/auth/switch-workspace', { workspaceId: 'studio' });
  expect(switched.status).toBe(200);
  expect(switched.body.me).toMatchObject({ workspaceId: 'studio', role: 'editor' });
  const made = await ed.ok('mutation { createAsset(input: { title: "Studio only" }) { id } }');
  const inStudio = (await ed.ok('{ assets(first: 10) { edges { node { title } } } }')).assets.edges.map(
    (e: any) => e.node.title,
  );
  expect(inStudio).toContain('Studio only');

  expect((await ed.post('/auth/switch-workspace', { workspaceId: 'other' })).body.me.workspaceId).toBe('other');
  expect((await ed.ok('query($id: ID!) { asset(id: $id) { id } }', { id: made.createAsset.id })).asset).toBeNull();
  const viaSignIn = await new Browser().post('/auth/sign-in', {
    email: 'ed@studio.test',
    password: 'editor password 2',
    workspaceId: 'studio',
  });
  expect(viaSignIn.body.me.workspaceId).toBe('studio');
  expect((await ed.post('/auth/switch-workspace', { workspaceId: 'studio' })).status).toBe(200);
}, 60_000);

it('accepts the session cookie on the graphql-ws upgrade from its own origin only', async () => {
  const cookie = [...ed.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const run = (origin: string) => {
    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols: string[]) {
          super(url, protocols, { headers: { cookie, origin } });
        }
      },
      retryAttempts: 0,
    });
    return new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: '{ assets(first: 10) { edges { node { title } } } }' },
        {
          next: (result) => resolve(result),
          error: (error) => resolve(`closed ${(error as { code?: number }).code}`),
          complete: () => undefined,
        },
      );
    }).finally(() => client.dispose());
  };
  const own = (await run(base)) as { data: { assets: { edges: { node: { title: string } }[] } } };
  expect(own.data.assets.edges.map((e) => e.node.title)).toContain('Studio only');
  expect(await run('https://evil.example')).toBe('closed 4403');
});

it('takes tus uploads with the session cookie and the CSRF token', async () => {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: 'red' } })
    .png()
    .toBuffer();
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const create = (csrf: boolean) =>
    ed.request('POST', '/files', {
      csrf,
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': String(png.length),
        'upload-metadata': `filename ${b64('red.png')},title ${b64('Red square')}`,
      },
    });
  const forged = await create(false);
  expect(forged.status).toBe(403);
  expect(code(forged)).toBe('CSRF');

  const created = await create(true);
  expect(created.status).toBe(201);
  const location = new URL(created.headers.get('location')!, base);
  const patched = await ed.request('PATCH', location.pathname, {
    csrf: true,
    raw: png,
    headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
  });
  expect(patched.status).toBe(204);
  expect(patched.headers.get('upload-offset')).toBe(String(png.length));
  const found = await waitFor(
    async () => {
      const edges = (await ed.ok('{ assets(first: 20) { edges { node { title createdBy } } } }')).assets.edges;
      return edges.find((e: any) => e.node.title === 'Red square')?.node;
    },
    { what: 'the uploaded asset' },
  );
  expect(found.createdBy).toBe(`account:${editorId}`);
}, 60_000);

it('answers UNAVAILABLE, not a stack or an internal name, while accounts cannot be reached', async () => {
  await system.services.assets.server.stop();
  try {
    await new Promise((resolve) => setTimeout(resolve, 2500)); // the session's cached answer runs out
    const query = await ed.graphql('{ assets(first: 1) { edges { node { id } } } }');
    expect(query.status).toBe(503);
    expect(query.body.errors[0]).toMatchObject({
      message: 'Sessions cannot be checked right now, try again shortly',
      extensions: { code: 'UNAVAILABLE' },
    });
    const signIn = await new Browser().post('/auth/sign-in', {
      email: 'ed@studio.test',
      password: 'editor password 2',
    });
    expect(signIn.status).toBe(503);
    expect(signIn.body).toEqual({
      errors: [{ message: 'Sign-in is unavailable right now, try again shortly', extensions: { code: 'UNAVAILABLE' } }],
    });
  } finally {
    await system.services.assets.server.start();
  }
  expect((await ed.ok('{ assets(first: 1) { edges { node { id } } } }')).assets.edges).toHaveLength(1);
}, 60_000);

it('rate-limits sign-in per account and per address: 429 with Retry-After', async () => {
  const attempt = (email: string, password = 'wrong password!') =>
    new Browser().post('/auth/sign-in', { email, password });
  for (let i = 0; i < 5; i++) expect((await attempt('target@studio.test')).status).toBe(401);
  const limited = await attempt('target@studio.test');
  expect(limited.status).toBe(429);
  const retryAfter = Number(limited.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
  expect(limited.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  // Another account from the same address is not locked by it…
  expect((await attempt('ed@studio.test', 'editor password 2')).status).toBe(200);
  // …until the address itself floods, even with all attempts at once (each is counted before its password is checked).
  const [{ failures }] = await assetsDb<{ failures: number }>(
    "SELECT failures FROM sign_in_failures WHERE key LIKE 'address:%'",
    [],
  );
  expect(failures).toBeLessThan(30);
  const flood = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`flood-${i}@studio.test`)));
  expect(flood.filter((r) => r.status === 401)).toHaveLength(30 - failures);
  expect(flood.filter((r) => r.status === 429)).toHaveLength(10 + failures);
  expect((await attempt('ed@studio.test', 'editor password 2')).status).toBe(429);
}, 120_000);
