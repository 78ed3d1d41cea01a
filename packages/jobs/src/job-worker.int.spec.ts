import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import {
  CreateEventTables1764400000000,
  createInProcessBus,
  createOutboxRelay,
  type EventBus,
  type OutboxRelay,
} from '@mam/events';
import { createLogger } from '@mam/logger';
import { TOPICS } from '@mam/proto';
import { testInfrastructure, uniqueName, waitFor } from '@mam/testkit';
import { defineJobRegistry, type JobHandler } from './job-registry';
import { createJobWorker, type JobWorker } from './job-worker';
import { jobsMigration } from './jobs-table.migration';
import { testQueue } from './test-queue';

const infra = testInfrastructure();
const databaseUrl = `${infra.databaseUrlBase}/${uniqueName('jobs')}`;
const logger = createLogger('jobs-test', 'silent');
const queue = testQueue('test_jobs');
let dataSource: DataSource;
let bus: EventBus;
let relay: OutboxRelay;
const workers: JobWorker[] = [];

const row = async (id: string) =>
  (
    await dataSource.query('SELECT status, worker, attempts, progress, reason, output FROM test_jobs WHERE id = $1', [
      id,
    ])
  )[0];
const enqueue = (kind: string, key: string, payload: Record<string, unknown> = {}) =>
  dataSource.transaction((manager) => queue.enqueue(manager, { kind, key, payload }));

async function startWorker(
  handlers: Record<string, JobHandler>,
  options: { kinds?: string[]; sweepIntervalMs?: number; staleSeconds?: number; leaseSeconds?: number } = {},
) {
  const worker = createJobWorker({
    group: 'test.workers',
    queue,
    registry: defineJobRegistry(handlers),
    dataSource,
    bus,
    logger,
    renewEveryMs: 100,
    ...options,
  });
  await worker.start();
  workers.push(worker);
  for (const subscription of worker.subscriptions) await bus.subscribe(subscription);
  return worker;
}

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [CreateEventTables1764400000000, jobsMigration('test_jobs', 1764400000001)],
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  bus = createInProcessBus();
  relay = createOutboxRelay({ dataSource, databaseUrl, bus, logger, pollIntervalMs: 100 });
  await relay.start();
});

afterEach(async () => {
  for (const worker of workers.splice(0)) {
    worker.abortAll();
    await worker.stop();
  }
  await bus.stop();
});

afterAll(async () => {
  await relay?.stop();
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
});

describe('job worker', () => {
  it('refuses to start when a kind the service queues, or a kind of unfinished work, has no handler', async () => {
    const echo: JobHandler = { run: async () => null };
    const declared = createJobWorker({
      group: 'test.workers',
      queue,
      registry: defineJobRegistry({ echo }),
      dataSource,
      bus,
      logger,
      kinds: ['echo', 'transcode'],
    });
    await expect(declared.start()).rejects.toThrow('job kind transcode has no handler');

    const { id } = await dataSource.transaction((manager) =>
      queue.repository.upsertQueued(manager, {
        id: '0190f0f0-0000-7000-8000-000000000001',
        kind: 'orphan',
        key: 'k',
        payload: {},
      }),
    );
    const leftover = createJobWorker({
      group: 'test.workers',
      queue,
      registry: defineJobRegistry({ echo }),
      dataSource,
      bus,
      logger,
      kinds: ['echo'],
    });
    await expect(leftover.start()).rejects.toThrow('job kind orphan has no handler');
    await dataSource.query('DELETE FROM test_jobs WHERE id = $1', [id]);
    await expect(leftover.start()).resolves.toBeUndefined();
    await leftover.stop();
  });

  it('runs an enqueued job once, stores its output, and queues a job of the same kind and key again instead of duplicating it', async () => {
    const runs: string[] = [];
    await startWorker({ echo: { run: async (job) => (runs.push(job.id), { said: job.payload.say }) } });
    const first = await enqueue('echo', 'same', { say: 'hello' });
    await waitFor(async () => (await row(first.id)).status === 'ready', { what: 'job ready', timeoutMs: 10_000 });
    expect((await row(first.id)).output).toEqual({ said: 'hello' });
    const again = await enqueue('echo', 'same', { say: 'again' });
    expect(again.id).toBe(first.id);
    await waitFor(async () => (await row(first.id)).output?.said === 'again', {
      what: 'job run again',
      timeoutMs: 10_000,
    });
    expect(runs).toEqual([first.id, first.id]);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM test_jobs WHERE kind = 'echo'`))[0].n).toBe(1);
  });

  it('retries a failing job up to its attempts, then fails it for good with the reason', async () => {
    const failed: string[] = [];
    await startWorker({
      flaky: {
        run: async () => Promise.reject(new Error('disk full')),
        failed: async (_m, job, reason) => void failed.push(`${job.id}: ${reason}`),
      },
    });
    const job = await enqueue('flaky', 'f1');
    await waitFor(async () => (await row(job.id)).status === 'failed', { what: 'job failed', timeoutMs: 10_000 });
    expect(await row(job.id)).toMatchObject({ status: 'failed', attempts: 3, reason: 'disk full' });
    expect(failed).toEqual([`${job.id}: disk full`]);
  });

  it('lets another worker take a job whose worker stopped renewing its lease', async () => {
    const job = await dataSource.transaction((manager) =>
      queue.repository.upsertQueued(manager, {
        id: '0190f0f0-0000-7000-8000-000000000002',
        kind: 'echo',
        key: 'crash',
        payload: {},
      }),
    );
    // A worker that took the job and died: its one-second lease is never renewed.
    expect(await queue.repository.claim(dataSource, job.id, 'crashed-worker', 1)).toBeDefined();
    const taker = await startWorker(
      { echo: { run: async () => ({ by: 'taker' }) } },
      { sweepIntervalMs: 200, staleSeconds: 60 },
    );
    await taker.run(job.id); // still leased: not taken
    expect(await row(job.id)).toMatchObject({ status: 'running', worker: 'crashed-worker', attempts: 1 });
    await waitFor(async () => (await row(job.id)).status === 'ready', {
      what: 'job retaken after the lease ran out',
      timeoutMs: 10_000,
      intervalMs: 100,
    });
    expect(await row(job.id)).toMatchObject({ worker: taker.workerId, attempts: 2, output: { by: 'taker' } });
  });

  it('publishes progress while a job runs and stops the work when the job is cancelled', async () => {
    const progress: number[] = [];
    let aborted = false;
    await startWorker({
      slow: {
        run: (_job, context) =>
          new Promise((_resolve, reject) => {
            context.progress(0.25);
            context.signal.addEventListener('abort', () => ((aborted = true), reject(new Error('killed'))));
          }),
        progressed: async (_db, _job, fraction) => void progress.push(fraction),
        failed: async () => Promise.reject(new Error('a cancelled job must not fail')),
      },
    });
    const job = await enqueue('slow', 's1');
    await waitFor(async () => progress.includes(0.25), { what: 'progress published', timeoutMs: 10_000 });
    expect(await row(job.id)).toMatchObject({ status: 'running', progress: 0.25 });
    const cancelled = await dataSource.transaction((manager) => queue.cancel(manager, job.id, 'not needed any more'));
    expect(cancelled?.status).toBe('cancelled');
    await waitFor(async () => aborted, { what: 'work stopped', timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await row(job.id)).toMatchObject({ status: 'cancelled', reason: 'not needed any more' });
  });

  it("runs a lane's jobs while a job of another kind is still running, offered anew by resume() on the lane's topic", async () => {
    const laned = testQueue('test_jobs', [{ name: 'light', topic: TOPICS.ingestRegistrationJob, kinds: ['register'] }]);
    expect(laned.lanes).toEqual([
      { topic: TOPICS.ingestRenditionJob },
      { name: 'light', topic: TOPICS.ingestRegistrationJob },
    ]);
    let finishHeavy: () => void = () => undefined;
    const worker = createJobWorker({
      group: 'test.workers',
      queue: laned,
      registry: defineJobRegistry({
        transcode: { run: () => new Promise<unknown>((resolve) => (finishHeavy = () => resolve({ heavy: true }))) },
        register: { run: async (job) => ({ registered: job.key }) },
      }),
      dataSource,
      bus,
      logger,
      renewEveryMs: 100,
    });
    await worker.start();
    workers.push(worker);
    expect(worker.subscriptions.map((s) => [s.group, s.topic])).toEqual([
      ['test.workers', TOPICS.ingestRenditionJob],
      ['test.workers.light', TOPICS.ingestRegistrationJob],
    ]);
    for (const subscription of worker.subscriptions) await bus.subscribe(subscription);

    const heavy = await dataSource.transaction((manager) => laned.enqueue(manager, { kind: 'transcode', key: 'long' }));
    await waitFor(async () => (await row(heavy.id)).status === 'running', {
      what: 'heavy job running',
      timeoutMs: 10_000,
    });
    const queuedBehind = await dataSource.transaction((manager) =>
      laned.enqueue(manager, { kind: 'transcode', key: 'next' }),
    );
    const light = await dataSource.transaction((manager) => laned.enqueue(manager, { kind: 'register', key: 'short' }));
    await waitFor(async () => (await row(light.id)).status === 'ready', { what: 'light job ready', timeoutMs: 10_000 });
    expect(await row(light.id)).toMatchObject({ output: { registered: 'short' }, attempts: 1 });
    expect((await row(heavy.id)).status).toBe('running');
    expect((await row(queuedBehind.id)).status).toBe('queued');

    // A light job whose offer was lost: resume() offers it again, on its lane, while the heavy job still runs.
    const lost = await dataSource.transaction((manager) =>
      laned.repository.upsertQueued(manager, {
        id: '0190f0f0-0000-7000-8000-000000000003',
        kind: 'register',
        key: 'lost',
        payload: {},
      }),
    );
    await worker.resume();
    await waitFor(async () => (await row(lost.id)).status === 'ready', {
      what: 'resumed light job ready',
      timeoutMs: 10_000,
    });
    expect((await row(heavy.id)).status).toBe('running');

    finishHeavy();
    await waitFor(async () => (await row(heavy.id)).status === 'ready', { what: 'heavy job ready', timeoutMs: 10_000 });
    finishHeavy();
    await waitFor(async () => (await row(queuedBehind.id)).status === 'ready', {
      what: 'the job queued behind it ready',
      timeoutMs: 10_000,
    });
    // Each job ran once, though the one queued behind was offered twice (when enqueued, and by resume()).
    expect(
      (
        await dataSource.query(`SELECT attempts FROM test_jobs WHERE id = ANY($1) ORDER BY id`, [
          [heavy.id, queuedBehind.id, light.id, lost.id],
        ])
      ).map((r: { attempts: number }) => r.attempts),
    ).toEqual([1, 1, 1, 1]);
  });
  it('runs jobs of a parallel kind side by side up to the limit on their lane, while a job of another kind runs', async () => {
    const laned = testQueue('test_jobs', [{ name: 'previews', topic: TOPICS.ingestPreviewJob, kinds: ['preview'] }]);
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const held = (job: { key: string | null }) =>
      new Promise<unknown>((resolve) => {
        const key = String(job.key);
        started.push(key);
        finish.set(key, () => resolve({ made: key }));
      });
    const worker = createJobWorker({
      group: 'test.workers',
      queue: laned,
      registry: defineJobRegistry({ preview: { run: held }, transcode: { run: held } }),
      parallel: { kinds: ['preview'], limit: 2 },
      dataSource,
      bus,
      logger,
      renewEveryMs: 100,
    });
    await worker.start();
    workers.push(worker);
    for (const subscription of worker.subscriptions) await bus.subscribe(subscription);
    const enqueueOn = (kind: string, key: string) =>
      dataSource.transaction((manager) => laned.enqueue(manager, { kind, key }));
    const first = await enqueueOn('preview', 'photo-1');
    const second = await enqueueOn('preview', 'photo-2');
    const third = await enqueueOn('preview', 'photo-3');
    await waitFor(async () => (await row(second.id)).status === 'running', {
      what: 'two previews running',
      timeoutMs: 10_000,
    });
    expect((await row(first.id)).status).toBe('running');
    // Every preview slot is taken: the third stays queued (unclaimed), while a transcode runs on its own lane.
    const video = await enqueueOn('transcode', 'clip');
    await waitFor(async () => (await row(video.id)).status === 'running', {
      what: 'the transcode running beside the previews',
      timeoutMs: 10_000,
    });
    expect(await row(third.id)).toMatchObject({ status: 'queued', worker: null });
    expect([...started].sort()).toEqual(['clip', 'photo-1', 'photo-2']);

    finish.get('photo-1')!();
    await waitFor(async () => (await row(third.id)).status === 'running', {
      what: 'the third preview in the freed slot',
      timeoutMs: 10_000,
    });
    expect(await row(first.id)).toMatchObject({ status: 'ready', output: { made: 'photo-1' } });
    expect([(await row(second.id)).status, (await row(video.id)).status]).toEqual(['running', 'running']);

    for (const key of ['photo-2', 'photo-3', 'clip']) finish.get(key)!();
    for (const job of [second, third, video])
      await waitFor(async () => (await row(job.id)).status === 'ready', { what: 'all ready', timeoutMs: 10_000 });
    expect(
      (
        await dataSource.query(`SELECT attempts, output FROM test_jobs WHERE id = ANY($1) ORDER BY id`, [
          [first.id, second.id, third.id, video.id],
        ])
      ).map((r: { attempts: number; output: { made: string } }) => `${r.output.made}/${r.attempts}`),
    ).toEqual(['photo-1/1', 'photo-2/1', 'photo-3/1', 'clip/1']);
  });

  describe('a run that takes other jobs along (adopt)', () => {
    const outcomes: string[] = [];
    const part: JobHandler = {
      run: async (job) => ({ alone: job.id }),
      ready: async (_manager, job, output) => void outcomes.push(`${job.id} ready ${JSON.stringify(output)}`),
      failed: async (_manager, job, reason) => void outcomes.push(`${job.id} failed ${reason}`),
      classify: (error) => ((error as Error).message.startsWith('for good') ? 'permanent' : 'retry'),
    };
    /** A worker that is not subscribed: only what the test runs runs, so adoption races no offer. */
    const idleWorker = (bundle: JobHandler) =>
      createJobWorker({
        group: 'test.workers',
        queue,
        registry: defineJobRegistry({ bundle, part }),
        dataSource,
        bus,
        logger,
        renewEveryMs: 100,
      });

    it('finishes each adopted job on its own, with its own progress, output or reason, and offers again one it left', async () => {
      outcomes.length = 0;
      const leader = await enqueue('bundle', 'adopt-1');
      const [made, broken, left, elsewhere] = await Promise.all(
        ['made', 'broken', 'left', 'elsewhere'].map((key) => enqueue('part', `adopt-1-${key}`)),
      );
      await queue.repository.claim(dataSource, elsewhere.id, 'another-worker', 60);
      let adopted: string[] = [];
      const worker = idleWorker({
        run: async (_job, context) => {
          const taken = await context.adopt!([leader.id, made.id, broken.id, left.id, elsewhere.id]);
          adopted = taken.map((entry) => entry.job.id);
          const [first, second] = taken;
          first.progress(0.5);
          await waitFor(async () => (await row(made.id)).progress === 0.5, { what: 'adopted progress recorded' });
          expect((await row(made.id)).status).toBe('running');
          await first.ready({ file: 'made.jpg' });
          await second.fail(new Error('for good: no frame to show'));
          return { file: 'bundle.mp4' };
        },
      });
      await worker.run(leader.id);
      expect(adopted).toEqual([made.id, broken.id, left.id]);
      expect(await row(leader.id)).toMatchObject({ status: 'ready', output: { file: 'bundle.mp4' } });
      expect(await row(made.id)).toMatchObject({
        status: 'ready',
        progress: 1,
        attempts: 1,
        worker: worker.workerId,
        output: { file: 'made.jpg' },
      });
      expect(await row(broken.id)).toMatchObject({ status: 'failed', reason: 'for good: no frame to show' });
      expect(await row(left.id)).toMatchObject({
        status: 'queued',
        reason: 'not made with the job that took it along',
      });
      expect(await row(elsewhere.id)).toMatchObject({ status: 'running', worker: 'another-worker' });
      expect(outcomes.sort()).toEqual(
        [`${made.id} ready {"file":"made.jpg"}`, `${broken.id} failed for good: no frame to show`].sort(),
      );
    });

    it("gives a failing run's error to the adopted jobs it had not finished: a transient one offers them again", async () => {
      const leader = await enqueue('bundle', 'adopt-2');
      const partJob = await enqueue('part', 'adopt-2-part');
      const worker = idleWorker({
        run: async (_job, context) => {
          await context.adopt!([partJob.id]);
          throw new Error('disk full');
        },
      });
      await worker.run(leader.id);
      expect(await row(leader.id)).toMatchObject({ status: 'queued', reason: 'disk full', attempts: 1 });
      expect(await row(partJob.id)).toMatchObject({ status: 'queued', reason: 'disk full', attempts: 1 });
    });
  });
});
