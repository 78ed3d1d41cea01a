import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { identityHeaders, signIdentity } from '@mam/graphql';
import { startTestSystem, gatewayEnvironment, serviceEnvironment, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, testInfrastructure, testSecret, waitFor } from '@mam/testkit';
import { fmt, freePort, rounds, rssMiB, sized, startPart, stopProcess } from './support';

const SUBSCRIBERS = sized('BENCH_REVIEW_SUBSCRIBERS', 500, 6);
const COMMENTS = sized('BENCH_REVIEW_COMMENTS', 2000, 20);
const ROUNDS = rounds(20);
/** Requests of the comment query measured (after a few unmeasured ones). */
const READS = rounds(30);
/** The gateway's limits are for people, not for one benchmark credential holding hundreds of subscriptions. */
const NO_LIMITS = { MAX_CONCURRENT_PER_WORKSPACE: '0', MAX_CONCURRENT_PER_CREDENTIAL: '0', RATE_LIMIT_PER_SECOND: '0' };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** A TCP balancer handing each new connection to the next review instance in turn (no sticky sessions). */
async function roundRobin(targets: URL[]): Promise<{ url: string; served: number[]; server: Server }> {
  const served = targets.map(() => 0);
  let next = 0;
  const server = createServer((client) => {
    const index = next++ % targets.length;
    served[index]++;
    const upstream = connect(Number(targets[index].port), targets[index].hostname);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, served, server };
}

async function uploadClip(
  test: TestSystem,
  token: string,
  name: string,
): Promise<{ assetId: string; versionId: string }> {
  const path = makeClip(join(test.workDir, name), { seconds: 2, width: 64, height: 36, rate: '25', audio: false });
  const response = await graphqlRequest(
    test.system.gatewayUrl,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    {
      variables: { i: { filename: name, contentBase64: readFileSync(path).toString('base64') } },
      authorization: `Bearer ${token}`,
    },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const uploaded = response.data!.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () =>
      (
        await graphqlRequest(
          test.system.gatewayUrl,
          'query($id: ID!) { reviewVersion(id: $id) { reviewTiming { durationFrames } } }',
          { variables: { id: uploaded.versionId }, authorization: `Bearer ${token}` },
        )
      ).data?.reviewVersion?.reviewTiming?.durationFrames,
    { timeoutMs: 120_000, what: `${name} known to review` },
  );
  return uploaded;
}

/**
 * Live comments: SUBSCRIBERS graphql-ws clients on one asset's reviewActivity through a gateway of
 * its own process, whose review is two instances behind a round-robin balancer; each round posts
 * one comment through the other gateway and times until every subscriber has it.
 */
async function benchLiveComments(test: TestSystem, jwtSecret: string, token: string): Promise<void> {
  const infra = testInfrastructure();
  const { services } = test.system;
  const env = serviceEnvironment('review', {
    host: '127.0.0.1',
    basePort: 0,
    gatewaySecret: test.gatewaySecret,
    logLevel: 'warn',
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: test.name,
    kafkaBrokers: infra.kafkaBrokers,
    topicPrefix: `${test.name}.`,
  });
  const parts: ChildProcess[] = [];
  const clients: Client[] = [];
  const balancer = { server: undefined as Server | undefined };
  try {
    const second = await startPart('review', { ...env, PORT: String(await freePort()) });
    parts.push(second.child);
    const balanced = await roundRobin([new URL(services.review.url), new URL(second.url)]);
    balancer.server = balanced.server;
    const gatewayPort = await freePort();
    const gateway = await startPart('gateway', {
      ...gatewayEnvironment(
        {
          assets: services.assets.url,
          ingest: services.ingest.url,
          review: balanced.url,
          distribution: services.distribution.url,
          archive: services.archive.url,
        },
        { host: '127.0.0.1', basePort: 0, gatewaySecret: test.gatewaySecret, logLevel: 'warn', jwtSecret },
      ),
      PORT: String(gatewayPort),
      ...NO_LIMITS,
    });
    parts.push(gateway.child);
    const clip = await uploadClip(test, token, 'live.mp4');
    const wsUrl = gateway.url.replace(/^http/, 'ws');
    const rssBefore = rssMiB(gateway.child.pid!);
    const heard = new Set<number>();
    let expected = '';
    let arrivals: number[] = [];
    let startedAt = 0;
    let allArrived: () => void = () => undefined;
    const subscribed: Promise<void>[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      clients.push(client);
      subscribed.push(
        new Promise<void>((ready) => {
          client.subscribe<{ reviewActivity: { type: string; comment: { body: string } | null } }>(
            {
              query: 'subscription($a: ID) { reviewActivity(assetId: $a) { type comment { body } } }',
              variables: { a: clip.assetId },
            },
            {
              next: ({ data }) => {
                const body = data?.reviewActivity.comment?.body ?? '';
                if (data?.reviewActivity.type !== 'COMMENT_ADDED') return;
                if (body.startsWith('warm')) ready();
                if (body !== expected || heard.has(i)) return;
                heard.add(i);
                arrivals.push(performance.now() - startedAt);
                if (arrivals.length === SUBSCRIBERS) allArrived();
              },
              error: () => undefined,
              complete: () => undefined,
            },
          );
        }),
      );
    }
    // A retryable refusal (the shared database server out of connections for a moment) is asked again.
    const post = async (body: string) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await graphqlRequest(
          test.system.gatewayUrl,
          'mutation($i: PostCommentInput!) { postComment(input: $i) { id } }',
          { variables: { i: { versionId: clip.versionId, body } }, authorization: `Bearer ${token}` },
        );
        if (!answer.errors?.[0]?.extensions?.retryable || attempt === 5) return answer;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    // Until every subscription is open upstream (on one instance or the other), warm-up comments.
    let warm = 0;
    const open = Promise.all(subscribed);
    while (
      (await Promise.race([open.then(() => true), new Promise((r) => setTimeout(() => r(false), 1_000))])) !== true
    )
      await post(`warm ${warm++}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssOpen = rssMiB(gateway.child.pid!);
    const latencies: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      expected = `round ${round}`;
      arrivals = [];
      heard.clear();
      const done = new Promise<void>((resolve) => (allArrived = resolve));
      startedAt = performance.now();
      const posted = await post(expected);
      if (posted.errors) throw new Error(JSON.stringify(posted.errors));
      await Promise.race([
        done,
        new Promise((_, fail) =>
          setTimeout(
            () => fail(new Error(`round ${round}: ${arrivals.length} of ${SUBSCRIBERS} subscribers heard the comment`)),
            20_000,
          ),
        ),
      ]);
      latencies.push(...arrivals);
    }
    // The balancer's first connections are the gateway's HTTP connections, the rest one per subscription.
    process.stdout.write(
      `reviewActivity, ${SUBSCRIBERS} subscribers on one asset over 2 review instances (connections ${balanced.served.join(' / ')}), ${ROUNDS} comments:\n` +
        `  comment posted -> received   p50 ${fmt(percentile(latencies, 50), 1)} ms   p95 ${fmt(percentile(latencies, 95), 1)} ms   max ${fmt(Math.max(...latencies), 1)} ms   (aim p95 <= 100 ms)\n` +
        `  gateway memory per open subscription: ${fmt(((rssOpen - rssBefore) * 1024) / SUBSCRIBERS, 1)} KiB (RSS ${rssBefore} MiB -> ${rssOpen} MiB)\n`,
    );
  } finally {
    for (const client of clients) void client.dispose();
    balancer.server?.close();
    for (const child of parts.reverse()) await stopProcess(child);
  }
}

const COMMENT_QUERY = `query($id: ID!) { reviewVersion(id: $id) { reviewComments {
  id body frameIn frameOut timecodeIn timecodeOut internal resolved createdAt
  author { id name kind } annotations { kind color text points { x y } } replies { id body } } } }`;

/**
 * Opening a version with COMMENTS comments, each with a drawing: the time to the first byte of the
 * comment query's answer through the gateway, beside reading the same rows from review's database.
 */
async function benchOpenVersion(test: TestSystem, token: string): Promise<void> {
  const clip = await uploadClip(test, token, 'commented.mp4');
  const stroke = Array.from({ length: 24 }, (_, i) => ({ x: i / 24, y: 0.5 + 0.2 * Math.sin(i / 3) }));
  let made = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (made < COMMENTS) {
        const n = made++;
        const response = await graphqlRequest(
          test.system.gatewayUrl,
          'mutation($i: PostCommentInput!) { postComment(input: $i) { id } }',
          {
            variables: {
              i: {
                versionId: clip.versionId,
                body: `Note ${n}: the horizon tilts here, please level it before the grade`,
                at: { frame: n % 50 },
                annotations: [
                  { kind: 'FREEHAND', color: '#ff3b30', points: stroke },
                  {
                    kind: 'RECTANGLE',
                    color: '#34c759',
                    points: [
                      { x: 0.1, y: 0.1 },
                      { x: 0.4, y: 0.3 },
                    ],
                  },
                ],
              },
            },
            authorization: `Bearer ${token}`,
          },
        );
        if (response.errors) throw new Error(JSON.stringify(response.errors));
      }
    }),
  );
  const request = () =>
    fetch(test.system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: COMMENT_QUERY, variables: { id: clip.versionId } }),
    });
  const firstAnswer: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < READS + 3; i++) {
    const started = performance.now();
    const response = await request();
    const answered = performance.now() - started;
    const data = (await response.json()) as { data?: { reviewVersion?: { reviewComments: unknown[] } } };
    const finished = performance.now() - started;
    const count = data.data?.reviewVersion?.reviewComments.length ?? 0;
    if (count !== COMMENTS) throw new Error(`the comment query answered ${count} of ${COMMENTS} comments`);
    if (i < 3) continue;
    firstAnswer.push(answered);
    whole.push(finished);
  }
  // The same query straight to review (as the gateway would send it): what federation adds.
  const reviewUrl = test.system.services.review.url;
  const identityToken = await signIdentity(
    { subject: 'bench-producer', workspaceId: 'bench', roles: ['admin'], kind: 'user' },
    test.gatewaySecret,
    3600,
  );
  const direct: number[] = [];
  for (let i = 0; i < READS + 3; i++) {
    const body = JSON.stringify({ query: COMMENT_QUERY, variables: { id: clip.versionId } });
    const headers = identityHeaders(identityToken, test.gatewaySecret, {
      method: 'POST',
      path: new URL(reviewUrl).pathname,
      body,
    });
    const started = performance.now();
    const response = await fetch(reviewUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const answered = performance.now() - started;
    const data = (await response.json()) as { data?: { reviewVersion?: { reviewComments: unknown[] } } };
    if (data.data?.reviewVersion?.reviewComments.length !== COMMENTS)
      throw new Error('review alone did not answer every comment');
    if (i >= 3) direct.push(answered);
  }
  const sql: number[] = [];
  const review = test.system.services.review.dataSource;
  for (let i = 0; i < READS + 3; i++) {
    const started = performance.now();
    await review.query('SELECT * FROM review_comments WHERE version_id = $1 ORDER BY created_at', [clip.versionId]);
    if (i >= 3) sql.push(performance.now() - started);
  }
  const ours = percentile(firstAnswer, 50);
  process.stdout.write(
    `open a version with ${COMMENTS} comments and annotations (${READS} reads):\n` +
      `  comment query through gateway: first answer p50 ${fmt(ours, 1)} ms   p95 ${fmt(percentile(firstAnswer, 95), 1)} ms   whole p50 ${fmt(percentile(whole, 50), 1)} ms   (aim <= 50 ms)\n` +
      `  the same query to review alone: first answer p50 ${fmt(percentile(direct, 50), 1)} ms   ratio (gateway / review alone): ${fmt(ours / percentile(direct, 50), 1)}\n` +
      `  the rows from review's database: p50 ${fmt(percentile(sql, 50), 1)} ms   ratio (ours / rows): ${fmt(ours / percentile(sql, 50), 1)}\n`,
  );
}

/** `npm run bench -- review`: live comments across review instances, and opening a heavily commented version (`BENCH_REVIEW_ONLY=live` or `open`: one of them). */
export async function benchReview(): Promise<void> {
  const jwtSecret = testSecret();
  const test = await startTestSystem('benchreview', { jwtSecret, gateway: NO_LIMITS, logLevel: 'warn' });
  try {
    const token = await test.token('bench-producer', 'bench', ['admin']);
    const only = process.env.BENCH_REVIEW_ONLY;
    if (only !== 'live') await benchOpenVersion(test, token);
    if (only !== 'open') await benchLiveComments(test, jwtSecret, token);
  } finally {
    await test.stop();
  }
}
