import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createIdentitySigner, identityHeaders } from '@mam/graphql';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let attacker: string;
let bystander: string;

/** A raw POST, for bodies JSON.stringify cannot write (1e400) or that are not JSON at all. */
async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    headers: response.headers,
    ms: performance.now() - started,
    json: () =>
      JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

const exponentialFragments = (levels: number) =>
  `{ assets(first: 1) { edges { node { ...F0 } } } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Asset { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'id'} }`).join(' ')}`;
const deepList = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const aliasedSearches = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `s${i}: searchAssets(query: "harbour", facets: ["type"], first: 1) { total facets { name buckets { value count } } }`).join(' ')} }`;
const setDeepMetadata = (depth: number) =>
  `mutation { setAssetMetadata(input: {assetId: "00000000-0000-0000-0000-000000000000", expectedRevision: 1, values: [{key: "k", value: ${deepList(depth)}}]}) { id } }`;

/** The documents that once hung or slowed the gateway, each with the error it must now answer. */
const attacks: { name: string; body: string; status: number; code: string; message: RegExp }[] = [
  {
    name: 'fragments spreading the next twice, 30 levels',
    body: gql(exponentialFragments(30)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Operation cost \d+ exceeds the limit of 5000$/,
  },
  {
    name: 'a list literal nested 1000 deep in a JSON argument',
    body: gql(setDeepMetadata(1000)),
    status: 400,
    code: 'OPERATION_TOO_COMPLEX',
    message: /^The operation document nests brackets more than 256 deep$/,
  },
  {
    name: 'a list literal nested 2400 deep, within the token limit',
    body: gql(setDeepMetadata(2400)),
    status: 400,
    code: 'OPERATION_TOO_COMPLEX',
    message: /^The operation document nests brackets more than 256 deep$/,
  },
  {
    name: 'a list literal nested 40 deep in a JSON argument',
    body: gql(setDeepMetadata(40)),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Argument input\.values\.value nests lists and objects deeper than 32 levels$/,
  },
  {
    name: '2,400 aliased faceted searches (287 KB)',
    body: gql(aliasedSearches(2400)),
    status: 413,
    code: 'OPERATION_TOO_COMPLEX',
    message: /^The operation document has \d+ bytes; the limit is 65536$/,
  },
  {
    name: '250 aliased faceted searches within the size limit',
    body: gql(aliasedSearches(250)),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Document contains more th.. 5000 tokens\. Parsing aborted\.$/,
  },
  {
    name: '40 aliased faceted searches within the token limit',
    body: gql(aliasedSearches(40)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Aliases limit of 30 exceeded, found 40\.$/,
  },
  {
    name: '50,000-deep JSON in variables',
    body: `{"query":"query($v: [String!]) { searchAssets(query: \\"x\\", facets: $v) { total } }","variables":{"v":${deepJson(50_000)}}}`,
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable \$v(\[0\])+ nests lists and objects deeper than 32 levels$/,
  },
];

beforeAll(async () => {
  test = await startTestSystem('hardening', {
    gateway: {
      MAX_CONCURRENT_PER_CREDENTIAL: '4',
      MAX_CONCURRENT_PER_WORKSPACE: '6',
      RATE_LIMIT_PER_SECOND: '20',
      RATE_LIMIT_BURST: '40',
      FIELD_SUGGESTIONS: 'false',
      INTROSPECTION: 'false',
    },
  });
  system = test.system;
  attacker = await test.token('attacker-1', 'studio-a', ['editor']);
  bystander = await test.token('editor-2', 'studio-b', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('operations built to exhaust the gateway', () => {
  const bystanderQuery = gql(
    '{ assets(first: 5) { edges { node { id title ingestStatus review { status } distributionStatus storageTier } } } searchAssets(query: "harbour", facets: ["type"], first: 3) { total } }',
  );
  const bystanderCall = async () => {
    const response = await post(system.gatewayUrl, bystanderQuery, { authorization: `Bearer ${bystander}` });
    expect(response.json().errors).toBeUndefined();
    return response.ms;
  };

  it('each answer their error at once, while another workspace keeps its latency', async () => {
    for (let i = 0; i < 5; i++) await bystanderCall(); // warm caches and connections
    const baseline: number[] = [];
    for (let i = 0; i < 10; i++) baseline.push(await bystanderCall());

    const underAttack: number[] = [];
    const answered: { name: string; ms: number }[] = [];
    const bystanding = (async () => {
      for (let i = 0; i < 10; i++) underAttack.push(await bystanderCall());
    })();
    for (let round = 0; round < 3; round++) {
      for (const attack of attacks) {
        const response = await post(system.gatewayUrl, attack.body, { authorization: `Bearer ${attacker}` });
        const error = response.json().errors?.[0];
        expect({ name: attack.name, status: response.status, code: error?.extensions?.code }).toEqual({
          name: attack.name,
          status: attack.status,
          code: attack.code,
        });
        expect(error?.message).toMatch(attack.message);
        expect(response.json().data).toBeUndefined();
        answered.push({ name: attack.name, ms: response.ms });
      }
    }
    await bystanding;

    const baselineMedian = median(baseline);
    process.stdout.write(
      `bystander median ${baselineMedian.toFixed(1)} ms alone, ${median(underAttack).toFixed(1)} ms under attack; attacks answered in ${answered.map((a) => a.ms.toFixed(0)).join(', ')} ms\n`,
    );
    // Each within 100 ms at its best of three (the machine is shared: single answers can wait on other work),
    // and the bystander stays within a small multiple of its own baseline (before, it waited minutes).
    // Client, gateway and all five subgraphs share this one process here, so every hop of the bystander's
    // query queues behind the attacker's requests; separate processes contend far less.
    for (const attack of attacks) {
      const best = Math.min(...answered.filter((a) => a.name === attack.name).map((a) => a.ms));
      expect({ name: attack.name, within100ms: best < 100 }).toEqual({ name: attack.name, within100ms: true });
    }
    expect(median(underAttack)).toBeLessThan(Math.max(4 * baselineMedian, baselineMedian + 150));
  }, 120_000);
});

describe('input no service can take', () => {
  const nul = 'bad\u0000text';
  const textArguments: { name: string; query: string; variables: Record<string, unknown>; field: string }[] = [
    {
      name: 'searchAssets',
      query: 'query($q: String) { searchAssets(query: $q) { total } }',
      variables: { q: nul },
      field: 'q',
    },
    {
      name: 'suggestAssets',
      query: 'query($p: String!) { suggestAssets(prefix: $p) { highlight } }',
      variables: { p: nul },
      field: 'p',
    },
    {
      name: 'createAsset',
      query: 'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }',
      variables: { input: { title: nul } },
      field: 'input.title',
    },
    {
      name: 'createCollection',
      query: 'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
      variables: { input: { name: 'Reels', description: nul } },
      field: 'input.description',
    },
    {
      name: 'saveSearch',
      query: 'mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }',
      variables: { input: { name: nul, query: 'harbour' } },
      field: 'input.name',
    },
  ];

  it.each(textArguments)(
    'refuses a NUL character in $name as BAD_USER_INPUT naming the field, in a variable or a literal',
    async ({ query, variables, field }) => {
      const response = await graphqlRequest(system.gatewayUrl, query, {
        variables,
        authorization: `Bearer ${attacker}`,
      });
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: `Variable $${field} contains a NUL character, which text cannot hold`,
          extensions: { code: 'BAD_USER_INPUT', field },
        },
      ]);
    },
  );

  it('refuses a NUL character written in the document, naming the argument', async () => {
    const response = await graphqlRequest(
      system.gatewayUrl,
      'mutation { createAsset(input: {title: "a\\u0000b"}) { id } }',
      { authorization: `Bearer ${attacker}` },
    );
    expect(response.errors).toEqual([
      {
        message: 'Argument input.title contains a NUL character, which text cannot hold',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
      },
    ]);
  });

  it('refuses 1e400 as a metadata value, as a literal and as a variable', async () => {
    const literal = await graphqlRequest(
      system.gatewayUrl,
      'mutation { setAssetMetadata(input: {assetId: "00000000-0000-0000-0000-000000000000", expectedRevision: 1, values: [{key: "rating", value: 1e400}]}) { id } }',
      { authorization: `Bearer ${attacker}` },
    );
    expect(literal.errors).toEqual([
      {
        message: 'Argument input.values.value is a number out of range: 1e400',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.values.value' },
      },
    ]);
    const query = 'mutation($input: SetAssetMetadataInput!) { setAssetMetadata(input: $input) { id } }';
    const variable = await post(
      system.gatewayUrl,
      `{"query":${JSON.stringify(query)},"variables":{"input":{"assetId":"00000000-0000-0000-0000-000000000000","expectedRevision":1,"values":[{"key":"rating","value":1e400}]}}}`,
      { authorization: `Bearer ${attacker}` },
    );
    expect(variable.status).toBe(400);
    expect(variable.json().errors).toEqual([
      {
        message: 'Variable $input.values[0].value is a number out of range',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.values[0].value' },
      },
    ]);
  });

  it('is refused the same way over graphql-ws, as is a document beyond the token limit', async () => {
    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${attacker}` },
      retryAttempts: 0,
    });
    const firstOutcome = (query: string, variables?: Record<string, unknown>) =>
      new Promise<unknown>((resolve) => {
        client.subscribe(
          { query, variables },
          { next: (result) => resolve(result), error: (error) => resolve(error), complete: () => resolve('complete') },
        );
      });
    try {
      const nul = await firstOutcome('subscription($id: ID!) { ingestProgress(assetId: $id) { assetId } }', {
        id: 'a\u0000',
      });
      expect(nul).toEqual([
        expect.objectContaining({
          message: 'Variable $id contains a NUL character, which text cannot hold',
          extensions: { code: 'BAD_USER_INPUT', field: 'id' },
        }),
      ]);
      const long = await firstOutcome(
        `subscription { reviewOpened { id } } ${Array.from({ length: 1300 }, (_, i) => `fragment F${i} on Asset { id }`).join(' ')}`,
      );
      expect(long).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Syntax Error: Document contains more th.. 5000 tokens/),
        }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('is refused the same way by every subgraph, called directly with a valid identity', async () => {
    const identity = await createIdentitySigner(test.gatewaySecret)({
      subject: 'editor-1',
      workspaceId: 'studio-a',
      roles: ['editor'],
      kind: 'user',
    });
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    for (const [name, service] of Object.entries(system.services)) {
      // As the gateway calls: the identity bound to each request's method, path and body.
      const target = new URL(service.url);
      const send = (body: string) =>
        post(
          service.url,
          body,
          identityHeaders(identity, test.gatewaySecret, {
            method: 'POST',
            path: `${target.pathname}${target.search}`,
            body,
          }),
        );
      const nulText = await send(
        gql('{ _entities(representations: [{__typename: "Asset", id: "a\\u0000"}]) { __typename } }'),
      );
      expect({ name, status: nulText.status, errors: nulText.json().errors }).toEqual({
        name,
        status: 400,
        errors: [
          {
            message: 'Argument representations.id contains a NUL character, which text cannot hold',
            extensions: { code: 'BAD_USER_INPUT', field: 'representations.id' },
          },
        ],
      });
      const huge = await send(
        `{"query":${JSON.stringify(entities)},"variables":{"r":[{"__typename":"Asset","id":"x","n":1e400}]}}`,
      );
      expect({ name, errors: huge.json().errors }).toEqual({
        name,
        errors: [
          {
            message: 'Variable $r[0].n is a number out of range',
            extensions: { code: 'BAD_USER_INPUT', field: 'r[0].n' },
          },
        ],
      });
      const deep = await send(`{"query":${JSON.stringify(entities)},"variables":{"r":${deepJson(50_000)}}}`);
      expect({ name, status: deep.status, code: deep.json().errors?.[0].extensions?.code }).toEqual({
        name,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
  });
});

describe('what one workspace or credential may run at once', () => {
  const federated = gql(
    '{ assets(first: 20) { edges { node { id title ingestStatus review { status auditTrail { action } } distributionStatus storageTier } } } searchAssets(query: "harbour", facets: ["type"]) { total } }',
  );

  it('answers RATE_LIMITED with Retry-After to a credential running too much at once, leaving another workspace served', async () => {
    const flooder = await test.token('flooder-1', 'studio-c', ['editor']);
    const results = await Promise.all(
      Array.from({ length: 24 }, () => post(system.gatewayUrl, federated, { authorization: `Bearer ${flooder}` })),
    );
    const refused = results.filter((r) => r.status === 429);
    const served = results.filter((r) => r.status === 200);
    expect(refused.length + served.length).toBe(24);
    expect(served.length).toBeGreaterThanOrEqual(4);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].headers.get('retry-after')).toBe('1');
    expect(refused[0].json()).toEqual({
      errors: [
        {
          message: 'Too many requests: 4 operations of this credential are already running; retry after 1 s',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
        },
      ],
    });
    const other = await post(system.gatewayUrl, federated, { authorization: `Bearer ${bystander}` });
    expect(other.status).toBe(200);
  });

  it('bounds a workspace across its members', async () => {
    const members = await Promise.all(['m1', 'm2', 'm3', 'm4'].map((m) => test.token(m, 'studio-d', ['editor'])));
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        post(system.gatewayUrl, federated, { authorization: `Bearer ${members[i % 4]}` }),
      ),
    );
    const reasons = new Set(results.filter((r) => r.status === 429).map((r) => r.json().errors?.[0].message));
    expect(reasons).toContain('Too many requests: 6 operations of this workspace are already running; retry after 1 s');
  });

  it('answers RATE_LIMITED once a credential starts more operations a second than it may', async () => {
    const hasty = await test.token('hasty-1', 'studio-e', ['viewer']);
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 60 && !refusal; i++) {
      const response = await post(system.gatewayUrl, gql('{ __typename }'), { authorization: `Bearer ${hasty}` });
      statuses.push(response.status);
      if (response.status === 429) refusal = response;
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(40);
    expect(refusal?.json().errors?.[0]).toMatchObject({
      message: 'Too many requests: more than 20 operations a second from this credential; retry after 1 s',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
    });
    expect(refusal?.headers.get('retry-after')).toBe('1');
  });
});

describe('what errors tell a client', () => {
  it('names no internal subgraph in errors a subgraph raised', async () => {
    const response = await post(
      system.gatewayUrl,
      gql('mutation { createAsset(input: {title: "x", type: "hologram"}) { id } }'),
      { authorization: `Bearer ${attacker}` },
    );
    const error = response.json().errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error?.extensions ?? {})).not.toContain('serviceName');
    expect(response.text).not.toContain('assets');
  });

  it('makes no field suggestions and refuses introspection when so configured', async () => {
    const typo = await graphqlRequest(system.gatewayUrl, '{ asets(first: 1) { edges { node { id } } } }', {
      authorization: `Bearer ${attacker}`,
    });
    expect(typo.errors?.[0].message).toBe('Cannot query field "asets" on type "Query".');
    const introspection = await graphqlRequest(system.gatewayUrl, '{ __schema { types { name } } }', {
      authorization: `Bearer ${attacker}`,
    });
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data).toBeUndefined();
  });

  it('answers every HTTP error as JSON with a code and no stack: a body too large, malformed JSON, an unknown path', async () => {
    const large = await post(system.gatewayUrl, gql(`{ __typename }`, { padding: 'x'.repeat(3 * 1024 * 1024) }));
    expect(large.status).toBe(413);
    expect(large.json()).toEqual({
      errors: [
        {
          message: 'Request body is larger than the limit of 2097152 bytes',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    const malformed = await post(system.gatewayUrl, '{"query": "{ __typename }"', {
      authorization: `Bearer ${attacker}`,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    const unknown = await fetch(new URL('/nothing-here', system.gatewayUrl));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      errors: [{ message: 'Nothing is served at GET /nothing-here', extensions: { code: 'NOT_FOUND' } }],
    });
    for (const response of [large, malformed]) expect(response.text).not.toMatch(/at \w+ \(|node_modules|<html|<pre/i);
  });
});
