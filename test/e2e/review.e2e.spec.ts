import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import WebSocket from 'ws';
import type { RunningSystem } from '@mam/system';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';

let test: TestSystem;
let smtp: SMTPServer;
/** Every message the local SMTP server received, as raw text. */
const mailbox: { to: string[]; raw: string }[] = [];
let system: RunningSystem;
let admin = '';
let rita = '';
let rob = '';
const clips: Record<'film' | 'pal' | 'ntsc', { assetId: string; versionId: string }> = {} as never;

type Auth = { member: string } | { guest: string };
const header = (auth: Auth) => ('member' in auth ? `Bearer ${auth.member}` : `Guest ${auth.guest}`);

async function as(auth: Auth, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: header(auth) });
}

async function ok(auth: Auth, query: string, variables?: Record<string, unknown>) {
  const response = await as(auth, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function refused(auth: Auth, query: string, variables: Record<string, unknown>) {
  const response = await as(auth, query, variables);
  expect(response.errors).toHaveLength(1);
  return { code: response.errors![0].extensions?.code, message: response.errors![0].message };
}

const COMMENT =
  'id body frameIn frameOut timecodeIn timecodeOut internal carriedFrom resolved author { id name kind } annotations { kind color text points { x y } }';
const POST = `mutation($i: PostCommentInput!) { postComment(input: $i) { ${COMMENT} } }`;

async function upload(filename: string, clip: string, assetId?: string) {
  const content = readFileSync(clip).toString('base64');
  const data = await ok(
    { member: admin },
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename, contentBase64: content, ...(assetId ? { assetId } : {}) } },
  );
  const uploaded = data.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () =>
      (
        await ok(
          { member: admin },
          'query($id: ID!) { reviewVersion(id: $id) { reviewStatus reviewTiming { frameRate durationFrames } } }',
          { id: uploaded.versionId },
        )
      ).reviewVersion?.reviewTiming?.durationFrames,
    {
      timeoutMs: 90_000,
      what: `${filename} probed and known to review`,
    },
  );
  return uploaded;
}

async function openLink(body: Record<string, unknown>) {
  const response = await fetch(new URL('/review-links/open', system.gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'review-e2e/1.0' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      sessionToken?: string;
      guest?: Record<string, unknown>;
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

async function createLink(input: Record<string, unknown>) {
  return (
    await ok(
      { member: admin },
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token link { id scope permissions hasPassword expiresAt } } }',
      { i: input },
    )
  ).createShareLink as { token: string; link: { id: string } };
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mailbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  test = await startTestSystem('review', {
    review: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_FROM: 'Review <review@studio.example>' },
  });
  system = test.system;
  admin = await test.token('ada', 'studio-r', ['admin']);
  rita = await test.token('rita', 'studio-r', ['reviewer']);
  rob = await test.token('rob', 'studio-r', ['reviewer']);
  const make = (name: string, rate: string, timecode: string, seconds = 1) =>
    makeClip(join(test.workDir, name), { seconds, width: 64, height: 36, rate, audio: false, timecode });
  clips.film = await upload('film.mp4', make('film.mp4', '24000/1001', '01:00:00:00'));
  clips.pal = await upload('pal.mp4', make('pal.mp4', '25', '01:00:00:00', 2));
  clips.ntsc = await upload('ntsc.mp4', make('ntsc.mp4', '30000/1001', '01:00:00;00'));
  // Reviewers see every asset of the workspace at their own role.
  await ok(
    { member: admin },
    'mutation { grantAccess(input: { target: { workspace: true }, allMembers: true, role: reviewer }) { id } }',
  );
  await waitFor(
    async () =>
      (await as({ member: rita }, 'query($id: ID!) { reviewVersion(id: $id) { id } }', { id: clips.ntsc.versionId }))
        .data?.reviewVersion,
    { what: 'reviewers to see the assets in review' },
  );
}, 300_000);

afterAll(async () => {
  await test?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

let reviewId = '';
let guest = '';

describe('share links', () => {
  it('opens a password-protected link with an expiry for a guest; a wrong token, wrong password, expired and revoked link get the same answer', async () => {
    const review = await ok(
      { member: admin },
      'mutation($i: CreateReviewInput!) { createReview(input: $i) { id title policy reviewers { id kind } assets { id } } }',
      {
        i: {
          title: 'Launch spot',
          assetIds: [clips.film.assetId, clips.pal.assetId, clips.ntsc.assetId],
          reviewers: [{ subject: 'rita' }, { email: 'Gina@Client.example' }],
          policy: 'ANY',
          dueAt: '2030-01-01T00:00:00Z',
        },
      },
    );
    reviewId = review.createReview.id;
    expect(review.createReview.reviewers).toEqual([
      { id: 'guest:gina@client.example', kind: 'GUEST' },
      { id: 'member:rita', kind: 'MEMBER' },
    ]);
    expect(review.createReview.assets).toHaveLength(3);

    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const link = await createLink({
      scope: 'REVIEW',
      reviewId,
      permissions: ['COMMENT', 'APPROVE'],
      password: 'correct horse battery',
      expiresAt,
    });
    expect(link.token.length).toBeGreaterThanOrEqual(43);
    expect(link.link).toMatchObject({
      scope: 'REVIEW',
      permissions: ['VIEW', 'COMMENT', 'APPROVE'],
      hasPassword: true,
      expiresAt,
    });

    const guestOf = { name: 'Gina', email: 'gina@client.example' };
    const expired = await createLink({
      scope: 'REVIEW',
      reviewId,
      permissions: [],
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    const revoked = await createLink({ scope: 'REVIEW', reviewId, permissions: [] });
    await ok({ member: admin }, 'mutation($id: ID!) { revokeShareLink(id: $id) { revokedAt } }', {
      id: revoked.link.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 1600));

    const timed = async (body: Record<string, unknown>) => {
      const started = performance.now();
      const answer = await openLink({ ...guestOf, ...body });
      return { ...answer, ms: performance.now() - started };
    };
    // A first refusal warms the path up, so the ones measured compare like with like.
    await timed({ token: link.token, password: 'warm-up' });
    const failures = [
      await timed({ token: link.token, password: 'wrong password' }),
      await timed({ token: 'x'.repeat(43), password: 'correct horse battery' }),
      await timed({ token: expired.token }),
      await timed({ token: revoked.token }),
    ];
    for (const failure of failures) {
      expect(failure.status).toBe(401);
      expect(failure.body.errors?.[0]).toEqual({
        message: failures[0].body.errors![0].message,
        extensions: { code: 'INVALID_LINK' },
      });
    }
    // Every refusal does the same argon2 work: none answers much faster than the others.
    const median = failures.map((f) => f.ms).sort((x, y) => x - y)[2];
    for (const failure of failures) expect(failure.ms).toBeGreaterThan(median / 3);

    const opened = await openLink({ token: link.token, password: 'correct horse battery', ...guestOf });
    expect(opened.status).toBe(200);
    expect(opened.body.guest).toMatchObject({
      scope: 'REVIEW',
      reviewId,
      name: 'Gina',
      email: 'gina@client.example',
      permissions: ['VIEW', 'COMMENT', 'APPROVE'],
    });
    guest = opened.body.sessionToken!;

    const access = await ok({ guest }, 'query { guestAccess { name scope versions { id reviewStatus } } }');
    expect(access.guestAccess.versions.map((v: { id: string }) => v.id).sort()).toEqual(
      [clips.film.versionId, clips.pal.versionId, clips.ntsc.versionId].sort(),
    );
    // Nothing of the workspace beyond the link: assets answers a guest nothing.
    expect(
      (await as({ guest }, 'query($id: ID!) { asset(id: $id) { id title } }', { id: clips.film.assetId })).data
        ?.asset ?? null,
    ).toBeNull();
    expect((await ok({ guest }, 'query { shareLinksVisible: reviews { id } }')).shareLinksVisible).toEqual([]);
  }, 60_000);

  it('keeps a link inside its scope: another asset or version through the link is not found', async () => {
    const link = await createLink({ scope: 'ASSET', assetId: clips.pal.assetId, permissions: ['COMMENT'] });
    const opened = await openLink({ token: link.token, name: 'Pat', email: 'pat@agency.example' });
    expect(opened.status).toBe(200);
    const pat = opened.body.sessionToken!;
    expect((await ok({ guest: pat }, 'query { guestAccess { versions { id } } }')).guestAccess.versions).toEqual([
      { id: clips.pal.versionId },
    ]);
    expect(
      (await refused({ guest: pat }, POST, { i: { versionId: clips.film.versionId, body: 'Not mine' } })).code,
    ).toBe('NOT_FOUND');
    expect(
      (await ok({ guest: pat }, 'query($id: ID!) { reviewVersion(id: $id) { id } }', { id: clips.film.versionId }))
        .reviewVersion,
    ).toBeNull();
    expect(
      (await ok({ guest: pat }, 'query($id: ID!) { review(id: $id) { id } }', { id: reviewId })).review,
    ).toBeNull();
    expect(
      (
        await refused({ guest: pat }, 'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status } }', {
          i: { reviewId, versionId: clips.pal.versionId, decision: 'APPROVED' },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('rate-limits an address after repeated failures', async () => {
    let last = { status: 0, body: {} as { errors?: { extensions: { code: string } }[] } };
    for (let i = 0; i < 12 && last.status !== 429; i++)
      last = await openLink({ token: `guess-${i}`, name: 'Mallory', email: 'm@evil.example' });
    expect(last.status).toBe(429);
    expect(last.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  }, 60_000);
});

describe('comments', () => {
  it('places guest comments by timecode at 23.976, 25 and 29.97 drop-frame from a 01:00:00;00 start and shows the same frames and labels', async () => {
    const cases = [
      { clip: clips.film, timecode: '01:00:00:12', frame: 12, rate: '24000/1001', start: '01:00:00:00' },
      { clip: clips.pal, timecode: '01:00:00:20', frame: 20, rate: '25/1', start: '01:00:00:00' },
      { clip: clips.ntsc, timecode: '01:00:00;15', frame: 15, rate: '30000/1001', start: '01:00:00;00' },
    ];
    for (const c of cases) {
      const posted = (
        await ok({ guest }, POST, {
          i: { versionId: c.clip.versionId, body: `Look at ${c.timecode}`, at: { timecode: c.timecode } },
        })
      ).postComment;
      expect(posted).toMatchObject({
        frameIn: c.frame,
        frameOut: c.frame,
        timecodeIn: c.timecode,
        author: { id: expect.stringMatching(/^guest:/), name: 'Gina', kind: 'GUEST' },
      });
      const read = (
        await ok(
          { guest },
          `query($id: ID!) { reviewVersion(id: $id) { reviewTiming { frameRate startTimecode dropFrame } reviewComments { ${COMMENT} } } }`,
          { id: c.clip.versionId },
        )
      ).reviewVersion;
      expect(read.reviewTiming).toEqual({
        frameRate: c.rate,
        startTimecode: c.start,
        dropFrame: c.start.includes(';'),
      });
      expect(read.reviewComments).toEqual([
        expect.objectContaining({ id: posted.id, frameIn: c.frame, timecodeIn: c.timecode }),
      ]);
    }
    const byFrame = (
      await ok({ guest }, POST, { i: { versionId: clips.ntsc.versionId, body: 'Last frame', at: { frame: 29 } } })
    ).postComment;
    expect(byFrame.timecodeIn).toBe('01:00:00;29');
  });

  it('refuses a dropped drop-frame label, a frame beyond the duration, an oversized body and bad shapes, changing nothing', async () => {
    const before = (
      await ok({ member: admin }, 'query($id: ID!) { reviewVersion(id: $id) { reviewComments { id } } }', {
        id: clips.ntsc.versionId,
      })
    ).reviewVersion.reviewComments.length;
    const dropped = await refused({ guest }, POST, {
      i: { versionId: clips.ntsc.versionId, body: 'Dropped', at: { timecode: '01:01:00;00' } },
    });
    expect(dropped).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/does not exist in drop-frame/),
    });
    const beyond = await refused({ guest }, POST, {
      i: { versionId: clips.ntsc.versionId, body: 'Beyond', at: { frame: 30 } },
    });
    expect(beyond).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/beyond the version's duration/),
    });
    const huge = await refused({ guest }, POST, {
      i: { versionId: clips.ntsc.versionId, body: 'x'.repeat(1_000_000) },
    });
    expect(huge.code).toBe('BAD_USER_INPUT');
    const outside = await refused({ guest }, POST, {
      i: {
        versionId: clips.ntsc.versionId,
        body: 'Shape',
        at: { frame: 1 },
        annotations: [
          {
            kind: 'LINE',
            color: '#ff0000',
            points: [
              { x: 0, y: 0 },
              { x: 1.5, y: 0.5 },
            ],
          },
        ],
      },
    });
    expect(outside).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/outside the picture/) });
    const points = Array.from({ length: 100_000 }, (_, i) => ({ x: (i % 100) / 100, y: 0.5 }));
    const many = await refused({ guest }, POST, {
      i: {
        versionId: clips.ntsc.versionId,
        body: 'Scribble',
        at: { frame: 1 },
        annotations: [{ kind: 'FREEHAND', color: '#00ff00', points }],
      },
    });
    expect(many.code).toBe('BAD_USER_INPUT');
    const internal = await refused({ guest }, POST, {
      i: { versionId: clips.ntsc.versionId, body: 'Secret', internal: true },
    });
    expect(internal.code).toBe('FORBIDDEN');
    const after = (
      await ok({ member: admin }, 'query($id: ID!) { reviewVersion(id: $id) { reviewComments { id } } }', {
        id: clips.ntsc.versionId,
      })
    ).reviewVersion.reviewComments.length;
    expect(after).toBe(before);
  });

  it('keeps a range comment with its drawing, threads, edits with earlier text, resolve, delete and internal comments hidden from guests', async () => {
    const arrow = {
      kind: 'ARROW',
      color: '#FF8800',
      points: [
        { x: 0.25, y: 0.75 },
        { x: 0.5, y: 0.5 },
      ],
    };
    const range = (
      await ok({ member: rita }, POST, {
        i: {
          versionId: clips.pal.versionId,
          body: 'Logo too small here',
          at: { timecode: '01:00:00:05' },
          out: { timecode: '01:00:01:10' },
          annotations: [arrow, { kind: 'TEXT', color: '#ffffff', points: [{ x: 0.1, y: 0.1 }], text: 'bigger' }],
        },
      })
    ).postComment;
    expect(range).toMatchObject({ frameIn: 5, frameOut: 35, timecodeIn: '01:00:00:05', timecodeOut: '01:00:01:10' });
    expect(range.annotations).toEqual([
      { ...arrow, color: '#ff8800', text: null },
      { kind: 'TEXT', color: '#ffffff', points: [{ x: 0.1, y: 0.1 }], text: 'bigger' },
    ]);

    const reply = (
      await ok({ guest }, POST, { i: { versionId: clips.pal.versionId, parentId: range.id, body: 'Agreed' } })
    ).postComment;
    const internal = (
      await ok({ member: rita }, POST, {
        i: { versionId: clips.pal.versionId, body: 'Between us: the client is late', internal: true },
      })
    ).postComment;
    const edited = (
      await ok(
        { member: rita },
        'mutation($id: ID!) { editComment(id: $id, body: "Logo much too small here") { body revisions { body } } }',
        { id: range.id },
      )
    ).editComment;
    expect(edited).toEqual({ body: 'Logo much too small here', revisions: [{ body: 'Logo too small here' }] });
    expect(
      (
        await refused({ guest }, 'mutation($id: ID!) { editComment(id: $id, body: "Mine now") { id } }', {
          id: range.id,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await ok({ guest }, 'mutation($id: ID!) { resolveComment(id: $id) { resolved } }', { id: range.id }))
        .resolveComment.resolved,
    ).toBe(true);
    expect(
      (await ok({ member: rita }, 'mutation($id: ID!) { reopenComment(id: $id) { resolved } }', { id: range.id }))
        .reopenComment.resolved,
    ).toBe(false);

    const seenByGuest = (
      await ok({ guest }, `query($id: ID!) { reviewVersion(id: $id) { reviewComments { id replies { id body } } } }`, {
        id: clips.pal.versionId,
      })
    ).reviewVersion.reviewComments;
    expect(seenByGuest.map((c: { id: string }) => c.id)).not.toContain(internal.id);
    expect(seenByGuest.find((c: { id: string }) => c.id === range.id).replies).toEqual([
      { id: reply.id, body: 'Agreed' },
    ]);
    expect(
      (await ok({ guest }, 'query($id: ID!) { reviewComment(id: $id) { id } }', { id: internal.id })).reviewComment,
    ).toBeNull();
    const seenByMember = (
      await ok({ member: rob }, `query($id: ID!) { reviewVersion(id: $id) { reviewComments { id } } }`, {
        id: clips.pal.versionId,
      })
    ).reviewVersion.reviewComments;
    expect(seenByMember.map((c: { id: string }) => c.id)).toContain(internal.id);

    expect(
      (await refused({ member: rob }, 'mutation($id: ID!) { deleteComment(id: $id) }', { id: internal.id })).code,
    ).toBe('FORBIDDEN');
    expect(await ok({ member: rita }, 'mutation($id: ID!) { deleteComment(id: $id) }', { id: internal.id })).toEqual({
      deleteComment: true,
    });
    expect(
      (await ok({ member: rita }, 'query($id: ID!) { reviewComment(id: $id) { id } }', { id: internal.id }))
        .reviewComment,
    ).toBeNull();
  });

  it('carries the open comments of a version to the next one, shifted by an offset and linked to the originals', async () => {
    const second = await upload('pal-v2.mp4', join(test.workDir, 'pal.mp4'), clips.pal.assetId);
    const open = (
      await ok(
        { member: rita },
        `query($id: ID!) { reviewVersion(id: $id) { reviewComments { ${COMMENT} parentId } } }`,
        { id: clips.pal.versionId },
      )
    ).reviewVersion.reviewComments.filter(
      (c: { parentId: string | null; resolved: boolean }) => !c.parentId && !c.resolved,
    );
    const result = (
      await ok(
        { member: rita },
        `mutation($f: ID!, $t: ID!) { carryForwardComments(fromVersionId: $f, toVersionId: $t, offsetFrames: 10) { skipped carried { ${COMMENT} } } }`,
        { f: clips.pal.versionId, t: second.versionId },
      )
    ).carryForwardComments;
    // The range 5..35 moves to 15..45 and the guest's frame 20 to 30, all inside the second version's 50 frames.
    expect(result.skipped).toBe(0);
    expect(result.carried.map((c: { carriedFrom: string }) => c.carriedFrom).sort()).toEqual(
      open.map((c: { id: string }) => c.id).sort(),
    );
    const range = result.carried.find((c: { body: string }) => c.body === 'Logo much too small here');
    expect(range).toMatchObject({ frameIn: 15, frameOut: 45, timecodeIn: '01:00:00:15', timecodeOut: '01:00:01:20' });
    expect(range.annotations).toHaveLength(2);
    const again = (
      await ok(
        { member: rita },
        'mutation($f: ID!, $t: ID!) { carryForwardComments(fromVersionId: $f, toVersionId: $t) { carried { id } } }',
        { f: clips.pal.versionId, t: second.versionId },
      )
    ).carryForwardComments;
    expect(again.carried).toEqual([]);
    clips.pal = second;
  }, 120_000);
});

describe('collections', () => {
  it('reviews the assets a collection holds, and a collection link reaches exactly those', async () => {
    const collection = (
      await ok({ member: admin }, 'mutation { createCollection(input: { name: "Cutdowns" }) { id } }')
    ).createCollection.id;
    await ok(
      { member: admin },
      'mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }',
      { c: collection, a: [clips.film.assetId, clips.ntsc.assetId] },
    );
    const id = (
      await ok({ member: admin }, 'mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
        i: { title: 'Cutdowns', collectionId: collection, reviewers: [{ subject: 'rob' }], policy: 'ANY' },
      })
    ).createReview.id;
    const assets = await waitFor(
      async () => {
        const found = (await ok({ member: rob }, 'query($id: ID!) { review(id: $id) { assets { id } } }', { id }))
          .review.assets as { id: string }[];
        return found.length === 2 ? found : undefined;
      },
      { what: "review to learn the collection's assets" },
    );
    expect(assets.map((a) => a.id).sort()).toEqual([clips.film.assetId, clips.ntsc.assetId].sort());
    const link = await createLink({ scope: 'COLLECTION', collectionId: collection, permissions: [] });
    expect(link.link).toMatchObject({ scope: 'COLLECTION', permissions: ['VIEW'] });
  });
});

describe('decisions', () => {
  const REVIEW = 'mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }';
  const DECIDE =
    'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status decision { reviewer decision note } } }';
  const status = async (versionId: string) =>
    (await ok({ member: admin }, 'query($id: ID!) { reviewVersion(id: $id) { reviewStatus } }', { id: versionId }))
      .reviewVersion.reviewStatus as string;

  it('ALL approves a version once every named reviewer approved', async () => {
    const id = (
      await ok({ member: admin }, REVIEW, {
        i: {
          title: 'All',
          assetIds: [clips.film.assetId],
          reviewers: [{ subject: 'rita' }, { subject: 'rob' }],
          policy: 'ALL',
        },
      })
    ).createReview.id;
    expect(await status(clips.film.versionId)).toBe('IN_REVIEW');
    const first = (
      await ok({ member: rita }, DECIDE, {
        i: { reviewId: id, versionId: clips.film.versionId, decision: 'APPROVED', note: 'Fine by me' },
      })
    ).decideVersion;
    expect(first).toEqual({
      status: 'IN_REVIEW',
      decision: { reviewer: 'member:rita', decision: 'APPROVED', note: 'Fine by me' },
    });
    expect(
      (
        await ok({ member: rob }, DECIDE, {
          i: { reviewId: id, versionId: clips.film.versionId, decision: 'CHANGES_REQUESTED' },
        })
      ).decideVersion.status,
    ).toBe('CHANGES_REQUESTED');
    expect(
      (
        await ok({ member: rob }, DECIDE, {
          i: { reviewId: id, versionId: clips.film.versionId, decision: 'APPROVED' },
        })
      ).decideVersion.status,
    ).toBe('APPROVED');
    expect(await status(clips.film.versionId)).toBe('APPROVED');
    // The superseded decision stays on the record.
    const decisions = (
      await ok(
        { member: admin },
        'query($id: ID!, $v: ID!) { review(id: $id) { decisions(versionId: $v) { reviewer decision } } }',
        { id, v: clips.film.versionId },
      )
    ).review.decisions;
    expect(decisions).toEqual([
      { reviewer: 'member:rita', decision: 'APPROVED' },
      { reviewer: 'member:rob', decision: 'CHANGES_REQUESTED' },
      { reviewer: 'member:rob', decision: 'APPROVED' },
    ]);
    const outbox: { n: string }[] = await system.services.review.dataSource.query(
      `SELECT count(*) AS n FROM outbox WHERE topic LIKE '%mam.review.version.v1'`,
    );
    expect(Number(outbox[0].n)).toBeGreaterThanOrEqual(2);
  });

  it('ANY approves with one approval; someone not named cannot decide', async () => {
    const id = (
      await ok({ member: admin }, REVIEW, {
        i: {
          title: 'Any',
          assetIds: [clips.pal.assetId],
          reviewers: [{ subject: 'rita' }, { subject: 'rob' }],
          policy: 'ANY',
        },
      })
    ).createReview.id;
    expect(
      (
        await refused({ member: admin }, DECIDE, {
          i: { reviewId: id, versionId: clips.pal.versionId, decision: 'APPROVED' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await ok({ member: rob }, DECIDE, {
          i: { reviewId: id, versionId: clips.pal.versionId, decision: 'CHANGES_REQUESTED' },
        })
      ).decideVersion.status,
    ).toBe('IN_REVIEW');
    expect(
      (
        await ok({ member: rita }, DECIDE, {
          i: { reviewId: id, versionId: clips.pal.versionId, decision: 'APPROVED' },
        })
      ).decideVersion.status,
    ).toBe('APPROVED');
    expect(await status(clips.pal.versionId)).toBe('APPROVED');
  });

  it('QUORUM 2 of 3 (a guest among them) approves on the second approval', async () => {
    const id = (
      await ok({ member: admin }, REVIEW, {
        i: {
          title: 'Quorum',
          assetIds: [clips.ntsc.assetId],
          reviewers: [{ subject: 'rita' }, { subject: 'rob' }, { email: 'gina@client.example' }],
          policy: 'QUORUM',
          quorum: 2,
        },
      })
    ).createReview.id;
    expect(
      (
        await ok({ member: rita }, DECIDE, {
          i: { reviewId: id, versionId: clips.ntsc.versionId, decision: 'APPROVED' },
        })
      ).decideVersion.status,
    ).toBe('IN_REVIEW');
    // The guest's link is for another review of the same asset: it decides on that review only.
    expect(
      (await refused({ guest }, DECIDE, { i: { reviewId: id, versionId: clips.ntsc.versionId, decision: 'REJECTED' } }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await ok({ member: rob }, DECIDE, {
          i: { reviewId: id, versionId: clips.ntsc.versionId, decision: 'APPROVED', note: 'Ship it' },
        })
      ).decideVersion.status,
    ).toBe('APPROVED');
    expect(
      (
        await ok({ guest }, DECIDE, {
          i: { reviewId, versionId: clips.ntsc.versionId, decision: 'APPROVED', note: 'Client approves' },
        })
      ).decideVersion.decision.reviewer,
    ).toBe('guest:gina@client.example');
  });
});

describe('audit trail', () => {
  it('exports every change with actor, address and user agent as CSV and JSON; the database refuses UPDATE and DELETE of its rows', async () => {
    expect(
      await ok({ guest }, 'mutation($v: ID!) { recordViewing(versionId: $v, action: PLAY, frame: 4) }', {
        v: clips.film.versionId,
      }),
    ).toEqual({ recordViewing: true });
    expect(
      (
        await refused({ guest }, 'mutation($v: ID!) { recordViewing(versionId: $v, action: DOWNLOAD_MASTER) }', {
          v: clips.film.versionId,
        })
      ).code,
    ).toBe('FORBIDDEN');
    const json = (
      await ok(
        { member: admin },
        'query($f: AuditFilter) { exportReviewAudit(filter: $f, format: JSON) { contentType content entries } }',
        { f: { reviewId } },
      )
    ).exportReviewAudit;
    const entries = JSON.parse(json.content) as {
      action: string;
      actorKind: string;
      actorName: string | null;
      userAgent: string | null;
      address: string | null;
    }[];
    expect(entries.length).toBe(json.entries);
    const actions = new Set(entries.map((e) => e.action));
    for (const action of [
      'review.created',
      'link.created',
      'link.revoked',
      'link.opened',
      'comment.posted',
      'decision.recorded',
      'version.played',
    ])
      expect(actions).toContain(action);
    expect(entries.find((e) => e.action === 'link.opened')).toMatchObject({
      actorKind: 'GUEST',
      actorName: 'Gina',
      userAgent: 'review-e2e/1.0',
      address: expect.any(String),
    });
    const deleted = (
      await ok(
        { member: admin },
        'query { reviewAudit(filter: { action: "comment.deleted" }) { actor actorKind address userAgent details } }',
      )
    ).reviewAudit;
    expect(deleted).toEqual([
      {
        actor: 'rita',
        actorKind: 'MEMBER',
        address: expect.stringMatching(/127\.0\.0\.1|::1/),
        userAgent: expect.any(String),
        details: expect.stringContaining('Between us'),
      },
    ]);
    const csv = (await ok({ member: admin }, 'query { exportReviewAudit(format: CSV) { contentType content } }'))
      .exportReviewAudit;
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.content.split('\r\n')[0]).toBe(
      'id,at,action,actor,actorKind,actorName,address,userAgent,reviewId,assetId,versionId,commentId,linkId,details',
    );
    expect(csv.content).toContain(',comment.edited,rita,MEMBER,');
    expect((await refused({ member: rita }, 'query { reviewAudit { id } }', {})).code).toBe('FORBIDDEN');

    const db = system.services.review.dataSource;
    await expect(db.query(`UPDATE review_audit SET actor = 'nobody'`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM review_audit')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE review_audit')).rejects.toThrow(/append-only/);
    const [{ n }]: { n: string }[] = await db.query(`SELECT count(*) AS n FROM review_audit WHERE actor = 'nobody'`);
    expect(Number(n)).toBe(0);
  });
});

describe('mentions', () => {
  it('notify a mentioned member in the app and a mentioned guest in the app and by email through SMTP', async () => {
    const body = 'Please check the grade @gina@client.example, and @rob the sound';
    const posted = (
      await ok({ member: rita }, POST, {
        i: { versionId: clips.film.versionId, body, at: { timecode: '01:00:00:10' } },
      })
    ).postComment;
    const QUERY = 'query { reviewNotifications { kind actorName excerpt read id comment { id timecodeIn } } }';
    const forRob = (await ok({ member: rob }, QUERY)).reviewNotifications;
    expect(forRob).toEqual([
      expect.objectContaining({
        kind: 'MENTION',
        actorName: 'rita',
        excerpt: body,
        read: false,
        comment: { id: posted.id, timecodeIn: '01:00:00:10' },
      }),
    ]);
    const forGina = (await ok({ guest }, QUERY)).reviewNotifications;
    expect(forGina).toEqual([
      expect.objectContaining({ kind: 'MENTION', comment: { id: posted.id, timecodeIn: '01:00:00:10' } }),
    ]);
    expect(
      (
        await ok({ member: rob }, 'mutation($ids: [ID!]!) { markReviewNotificationsRead(ids: $ids) }', {
          ids: [forRob[0].id, forGina[0].id],
        })
      ).markReviewNotificationsRead,
    ).toBe(1);
    expect(
      (await ok({ member: rob }, 'query { reviewNotifications(unreadOnly: true) { id } }')).reviewNotifications,
    ).toEqual([]);
    expect((await ok({ member: rita }, QUERY)).reviewNotifications).toEqual([]);

    const mail = await waitFor(() => mailbox.find((m) => m.to.includes('gina@client.example')), {
      timeoutMs: 30_000,
      what: 'the mention email',
    });
    expect(mail.raw).toMatch(/^Subject: rita mentioned you in a review comment/m);
    expect(mail.raw).toMatch(/^From: Review <review@studio\.example>/m);
    expect(mail.raw).toContain('at 01:00:00:10');
    expect(mail.raw).toContain('Please check the grade');
    expect(mailbox.filter((m) => m.to.includes('gina@client.example'))).toHaveLength(1);
  }, 60_000);
});

describe('live activity', () => {
  it('sends comments, decisions and presence to subscribers through the gateway, internal ones to members only', async () => {
    const wsUrl = system.gatewayUrl.replace(/^http/, 'ws');
    const follow = (authorization: string) => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization },
        retryAttempts: 0,
      });
      const received: {
        type: string;
        actorName: string;
        frame: number | null;
        comment: { body: string; timecodeIn: string | null } | null;
      }[] = [];
      client.subscribe<{ reviewActivity: (typeof received)[number] }>(
        {
          query:
            'subscription($r: ID!) { reviewActivity(reviewId: $r) { type actorName frame comment { body timecodeIn } } }',
          variables: { r: reviewId },
        },
        {
          next: (r) => void (r.data && received.push(r.data.reviewActivity)),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return { client, received };
    };
    const member = follow(`Bearer ${rob}`);
    const visitor = follow(`Guest ${guest}`);
    try {
      await waitFor(
        async () => {
          await ok({ member: rita }, 'mutation($v: ID!) { reportPresence(versionId: $v, frame: 7) }', {
            v: clips.film.versionId,
          });
          return member.received.length > 0 && visitor.received.length > 0;
        },
        { what: 'both subscriptions to be open' },
      );
      expect(member.received[0]).toMatchObject({ type: 'PRESENCE', actorName: 'rita', frame: 7 });
      await ok({ member: rita }, POST, {
        i: { versionId: clips.film.versionId, body: 'Members only', internal: true },
      });
      await ok({ member: rita }, POST, {
        i: { versionId: clips.film.versionId, body: 'Live note', at: { timecode: '01:00:00:03' } },
      });
      await waitFor(() => visitor.received.some((a) => a.comment?.body === 'Live note') || undefined, {
        what: 'the guest to receive the comment',
      });
      await waitFor(() => member.received.some((a) => a.comment?.body === 'Members only') || undefined, {
        what: 'the member to receive the internal comment',
      });
      expect(visitor.received.find((a) => a.comment?.body === 'Live note')).toMatchObject({
        type: 'COMMENT_ADDED',
        comment: { timecodeIn: '01:00:00:03' },
      });
      expect(
        visitor.received.some((a) => a.comment?.body === 'Members only' || (a.type === 'COMMENT_ADDED' && !a.comment)),
      ).toBe(false);
    } finally {
      await member.client.dispose();
      await visitor.client.dispose();
    }
  }, 60_000);
});

describe('revocation', () => {
  it('ends the guest sessions of a revoked link', async () => {
    const { shareLinks } = await ok({ member: admin }, 'query { shareLinks { id scope hasPassword revokedAt } }');
    const link = shareLinks.find((l: { scope: string; hasPassword: boolean }) => l.scope === 'REVIEW' && l.hasPassword);
    expect((await ok({ guest }, 'query { guestAccess { linkId } }')).guestAccess.linkId).toBe(link.id);
    expect(
      (await refused({ member: rita }, 'mutation($id: ID!) { revokeShareLink(id: $id) { id } }', { id: link.id })).code,
    ).toBe('FORBIDDEN');
    await ok({ member: admin }, 'mutation($id: ID!) { revokeShareLink(id: $id) { revokedAt } }', { id: link.id });
    const shut = await waitFor(
      async () => {
        const response = await as({ guest }, 'query { guestAccess { linkId } }');
        return response.errors?.[0].extensions?.code === 'UNAUTHENTICATED' ? response : undefined;
      },
      { what: 'the guest session to end' },
    );
    expect(shut.data?.guestAccess ?? null).toBeNull();
    const audit = (
      await ok({ member: admin }, 'query($f: AuditFilter) { reviewAudit(filter: $f) { action linkId } }', {
        f: { action: 'link.revoked' },
      })
    ).reviewAudit;
    expect(audit).toContainEqual({ action: 'link.revoked', linkId: link.id });
  });
});
