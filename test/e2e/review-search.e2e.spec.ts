import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommentPostedSchema, CommentRemovedSchema, TOPICS } from '@mam/proto';
import { createKafkaBus, encodeEnvelope, uuidv7, type EventBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, testInfrastructure, waitFor } from '@mam/testkit';

let test: TestSystem;
let bus: EventBus;
let admin = '';
let versionId = '';
let assetId = '';

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface Found {
  total: number;
  edges: {
    node: { id: string };
    segments: {
      kind: string;
      text: string;
      startFrame: number;
      endFrame: number;
      frameRate: string;
      timecode: string;
    }[];
  }[];
}

async function search(query: string): Promise<Found> {
  const data = await ok(
    `query($q: String) { searchAssets(query: $q, first: 5) {
    total edges { node { id } segments { kind text startFrame endFrame frameRate timecode } } } }`,
    { q: query },
  );
  return data.searchAssets as Found;
}

const POST = 'mutation($i: PostCommentInput!) { postComment(input: $i) { id timecodeIn } }';

beforeAll(async () => {
  test = await startTestSystem('reviewsearch');
  bus = createKafkaBus({
    brokers: testInfrastructure().kafkaBrokers,
    clientId: `${test.name}-review`,
    topicPrefix: `${test.name}.`,
    logger: createLogger('test-review', 'silent'),
  });
  admin = await test.token('ada', 'studio-s', ['admin']);
  const clip = makeClip(join(test.workDir, 'pier.mp4'), {
    seconds: 1,
    width: 64,
    height: 36,
    rate: '25',
    audio: false,
    timecode: '01:00:00:00',
  });
  const content = readFileSync(clip).toString('base64');
  const uploaded = (
    await ok('mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }', {
      i: { filename: 'pier.mp4', contentBase64: content, title: 'Pier at noon' },
    })
  ).uploadSmallFile as { assetId: string; versionId: string };
  ({ assetId, versionId } = uploaded);
  await waitFor(
    async () =>
      (await ok('query($id: ID!) { reviewVersion(id: $id) { reviewTiming { durationFrames } } }', { id: versionId }))
        .reviewVersion?.reviewTiming?.durationFrames,
    {
      timeoutMs: 90_000,
      what: 'the clip probed and known to review',
    },
  );
}, 180_000);

afterAll(async () => {
  await bus?.stop();
  await test?.stop();
});

describe('review comments in search', () => {
  it('finds an asset by a word of a comment, the hit naming the comment timecode, until the comment changes or goes', async () => {
    const posted = (
      await ok(POST, { i: { versionId, body: 'The seagull flies out of frame', at: { timecode: '01:00:00:10' } } })
    ).postComment as { id: string; timecodeIn: string };
    expect(posted.timecodeIn).toBe('01:00:00:10');

    const found = await waitFor(async () => ((await search('seagull')).total === 1 ? search('seagull') : undefined), {
      what: 'the comment in search',
    });
    expect(found.edges.map((e) => e.node.id)).toEqual([assetId]);
    expect(found.edges[0].segments).toEqual([
      {
        kind: 'comment',
        text: 'The <em>seagull</em> flies out of frame',
        startFrame: 10,
        endFrame: 10,
        frameRate: '25/1',
        timecode: '01:00:00:10',
      },
    ]);

    await ok('mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }', {
      id: posted.id,
      body: 'The cormorant flies out of frame',
    });
    const edited = await waitFor(
      async () => ((await search('cormorant')).total === 1 ? search('cormorant') : undefined),
      { what: 'the edited comment in search' },
    );
    expect(edited.edges[0].segments.map((s) => [s.text, s.timecode])).toEqual([
      ['The <em>cormorant</em> flies out of frame', '01:00:00:10'],
    ]);
    expect((await search('seagull')).total).toBe(0);

    await ok('mutation($id: ID!) { deleteComment(id: $id) }', { id: posted.id });
    await waitFor(async () => (await search('cormorant')).total === 0 || undefined, {
      what: 'the deleted comment gone from search',
    });
    expect((await search('pier')).edges.map((e) => [e.node.id, e.segments])).toEqual([[assetId, []]]);
  });

  it('never makes an internal comment searchable, not even for members who may read it', async () => {
    await ok(POST, { i: { versionId, body: 'Between us: the albatross shot is late', internal: true } });
    await ok(POST, { i: { versionId, body: 'Whole clip: nice pelican', at: null } });
    // Comments are indexed in the order they were posted: once the later one is found, the internal one had its turn.
    const later = await waitFor(async () => ((await search('pelican')).total === 1 ? search('pelican') : undefined), {
      what: 'the later comment in search',
    });
    expect(later.edges[0].segments.map((s) => [s.kind, s.startFrame, s.timecode])).toEqual([['comment', -1, '']]);
    expect((await search('albatross')).total).toBe(0);
  });

  it('dead-letters what it cannot decode, applies a redelivered comment once, and carries on', async () => {
    const actor = { subject: 'ada', workspaceId: 'studio-s', kind: 'user' as const };
    const ref = { assetId, versionId, workspaceId: 'studio-s', commentId: uuidv7() };
    const posted = encodeEnvelope(
      {
        type: 'review.comment-posted',
        aggregateId: assetId,
        actor,
        schema: CommentPostedSchema,
        payload: {
          ...ref,
          body: 'A kestrel hovers',
          frameIn: 3n,
          frameOut: 3n,
          timecode: '01:00:00:03',
          frameRate: '25/1',
          internal: false,
        },
      },
      uuidv7(),
    );
    const removed = encodeEnvelope(
      { type: 'review.comment-removed', aggregateId: assetId, actor, schema: CommentRemovedSchema, payload: ref },
      uuidv7(),
    );
    const publish = (value: Uint8Array) => bus.publish([{ topic: TOPICS.reviewComment, key: assetId, value }]);

    await publish(Buffer.from('not an envelope'));
    await publish(posted);
    const found = await waitFor(async () => ((await search('kestrel')).total === 1 ? search('kestrel') : undefined), {
      what: 'the comment after an undecodable message',
    });
    expect(found.edges[0].segments.map((s) => [s.startFrame, s.timecode])).toEqual([[3, '01:00:00:03']]);
    const letters: { reason: string }[] = await test.system.services.assets.dataSource.query(
      `SELECT reason FROM dead_letters WHERE consumer_group = 'assets.review-comments' ORDER BY id`,
    );
    expect(letters.map((l) => l.reason)).toEqual([expect.stringMatching(/^undecodable: /)]);

    await publish(removed);
    await waitFor(async () => (await search('kestrel')).total === 0 || undefined, { what: 'the removal applied' });
    // The same posting delivered again changes nothing: the comment stays removed.
    await publish(posted);
    await ok(POST, { i: { versionId, body: 'Then a heron lands', at: { frame: 12 } } });
    await waitFor(async () => (await search('heron')).total === 1 || undefined, { what: 'a later comment in search' });
    expect((await search('kestrel')).total).toBe(0);
  });
});
