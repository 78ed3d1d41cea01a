import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseConfig } from '@mam/config';
import type { EventBus } from '@mam/events';
import { createGateway, gatewayConfigShape, type Gateway } from '@mam/gateway';
import { createLogger } from '@mam/logger';
import { createReviewService, reviewConfigShape } from '@mam/review';
import { createBus } from '@mam/runtime';
import { serviceEnvironment, startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, testInfrastructure, testSecret, waitFor } from '@mam/testkit';

// Two review instances behind two gateways, with no sticky sessions: a subscriber whose
// subscription is served by the second instance hears a comment posted through the first.

let test: TestSystem;
let bus: EventBus;
let secondReview: ReturnType<typeof createReviewService>;
let secondGateway: Gateway;
let secondGatewayUrl = '';
const jwtSecret = testSecret();

beforeAll(async () => {
  test = await startTestSystem('review-instances', { jwtSecret });
  const infra = testInfrastructure();
  const environment = serviceEnvironment('review', {
    host: '127.0.0.1',
    basePort: 0,
    gatewaySecret: test.gatewaySecret,
    logLevel: 'silent',
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: test.name,
    kafkaBrokers: infra.kafkaBrokers,
    topicPrefix: `${test.name}.`,
  });
  const logger = createLogger('review-2', 'silent');
  bus = createBus({ brokers: infra.kafkaBrokers, topicPrefix: `${test.name}.`, clientId: 'review-2', logger });
  secondReview = createReviewService(parseConfig(reviewConfigShape, environment), { bus, logger });
  const reviewUrl = await secondReview.start();
  const { services } = test.system;
  secondGateway = createGateway(
    parseConfig(gatewayConfigShape, {
      HOST: '127.0.0.1',
      PORT: '0',
      GATEWAY_SIGNING_SECRET: test.gatewaySecret,
      JWT_SECRET: jwtSecret,
      ASSETS_URL: services.assets.url,
      INGEST_URL: services.ingest.url,
      REVIEW_URL: reviewUrl,
      DISTRIBUTION_URL: services.distribution.url,
      ARCHIVE_URL: services.archive.url,
      LOG_LEVEL: 'silent',
    }),
    { logger: createLogger('gateway-2', 'silent') },
  );
  secondGatewayUrl = await secondGateway.start();
}, 120_000);

afterAll(async () => {
  await secondGateway?.stop();
  await secondReview?.relay.stop();
  await secondReview?.stop();
  await bus?.stop();
  await test?.stop();
});

it('delivers a comment posted through the first review instance to a subscriber on the second', async () => {
  const editor = await test.token('ed', 'studio-live', ['admin']);
  const watcher = await test.token('wes', 'studio-live', ['admin']);
  const first = test.system.gatewayUrl;
  const ask = async (url: string, token: string, query: string, variables: Record<string, unknown>) => {
    const response = await graphqlRequest(url, query, { variables, authorization: `Bearer ${token}` });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const clip = readFileSync(
    makeClip(join(test.workDir, 'clip.mp4'), { seconds: 1, width: 64, height: 36, rate: '25', audio: false }),
  );
  const { assetId, versionId } = (
    await ask(
      first,
      editor,
      'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
      { i: { filename: 'clip.mp4', contentBase64: clip.toString('base64') } },
    )
  ).uploadSmallFile;
  // Both instances consume review's groups together; the version is known once either has applied its events.
  await waitFor(
    async () =>
      (await ask(secondGatewayUrl, watcher, 'query($id: ID!) { reviewVersion(id: $id) { id } }', { id: versionId }))
        .reviewVersion || undefined,
    { timeoutMs: 90_000, what: 'the version known to review' },
  );
  const client = createClient({
    url: secondGatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${watcher}` },
    retryAttempts: 0,
  });
  const received: { type: string; actorName: string; comment: { body: string } | null }[] = [];
  client.subscribe<{ reviewActivity: (typeof received)[number] }>(
    {
      query: 'subscription($a: ID!) { reviewActivity(assetId: $a) { type actorName comment { body } } }',
      variables: { a: assetId },
    },
    {
      next: (r) => void (r.data && received.push(r.data.reviewActivity)),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  try {
    // Presence through the first instance until the subscription (opened asynchronously upstream) hears it.
    await waitFor(
      async () => {
        await ask(first, editor, 'mutation($v: ID!) { reportPresence(versionId: $v, frame: 0) }', { v: versionId });
        return received.length > 0;
      },
      { what: 'the subscription on the second instance to be open' },
    );
    await ask(first, editor, 'mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
      i: { versionId, body: 'Heard on every instance', at: { frame: 3 } },
    });
    const heard = await waitFor(() => received.find((a) => a.type === 'COMMENT_ADDED'), {
      what: 'the comment on the second instance',
    });
    expect(heard).toEqual({ type: 'COMMENT_ADDED', actorName: 'ed', comment: { body: 'Heard on every instance' } });
  } finally {
    await client.dispose();
  }
}, 180_000);
