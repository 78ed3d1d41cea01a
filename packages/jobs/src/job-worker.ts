import { AsyncLocalStorage } from 'node:async_hooks';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import {
  createEventConsumer,
  on,
  uuidv7,
  type BusSubscription,
  type Delivery,
  type EventBus,
  type EventConsumer,
} from '@mam/events';
import type { Logger } from '@mam/logger';
import type { JobRow } from './job-row';
import type { JobQueue } from './job-queue';
import type { AdoptedJob, JobRegistry } from './job-registry';
import { createJobSweeper } from './job-sweeper';

export interface JobWorkerOptions<Row extends JobRow> {
  /** The consumer group the workers of this service share (Kafka gives each partition to one of them); a lane's group is `<group>.<lane>`. */
  group: string;
  queue: JobQueue;
  registry: JobRegistry<Row>;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** The kinds this service queues: each must have a handler, or start() refuses. */
  kinds?: string[];
  /** Tries of a job whose failure may be transient, before it fails for good. */
  attempts?: number;
  leaseSeconds?: number;
  renewEveryMs?: number;
  sweepIntervalMs?: number;
  staleSeconds?: number;
  /**
   * Light kinds (image previews) that run side by side, up to `limit` at once on this worker: the
   * offer is taken and the next one read while the job runs (its row and lease keep it durable, as
   * for any job). Other kinds run one at a time per lane, as offered, beside those.
   */
  parallel?: { kinds: readonly string[]; limit: number };
}

const noDelivery: Delivery = { heartbeat: async () => undefined };

/**
 * Runs a service's jobs as a consumer group on its job topic (and one group more per lane of the
 * queue, each on its own topic, so heavy kinds never hold up a lane's), built on the normal event consumer:
 * an offer is claimed in the inbox transaction (undecodable or mistyped offers go to the dead-letter
 * topic and the worker goes on; an unavailable database is waited for), then the job runs outside any
 * transaction. The row's lease guarantees a job runs on one worker at a time even when offered twice;
 * the worker renews it (recording and publishing progress, heartbeating the group) and stops the work
 * when the renewal finds the job cancelled or taken over. A crashed worker's lease runs out and the
 * sweeper offers the job again. start() refuses when a kind in use has no handler.
 */
export function createJobWorker<Row extends JobRow>(options: JobWorkerOptions<Row>) {
  const { dataSource, logger, queue, registry } = options;
  const repository = queue.repository;
  const workerId = `${hostname()}:${process.pid}:${uuidv7().slice(-6)}`;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const running = new Map<string, AbortController>();
  const parallelKinds = new Set(options.parallel?.kinds ?? []);
  const parallelLimit = Math.max(1, options.parallel?.limit ?? 1);
  const side = new Set<Promise<void>>();
  const claimed = new AsyncLocalStorage<{ job?: Row }>();
  const sweeper = createJobSweeper({
    queue,
    dataSource,
    logger,
    intervalMs: options.sweepIntervalMs,
    staleSeconds: options.staleSeconds,
  });

  /** One consumer per lane: the offers of a lane are claimed in its own group's inbox transaction. */
  const consumerOf = (group: string, topic: string): EventConsumer =>
    createEventConsumer({
      group,
      topic,
      dataSource,
      bus: options.bus,
      logger,
      handlers: {
        [queue.type]: on(queue.schema, async (message, _event, manager) => {
          const slot = claimed.getStore();
          const job = (await repository.claim(manager, queue.jobIdOf(message), workerId, leaseSeconds)) as
            Row | undefined;
          if (slot) slot.job = job;
        }),
      },
    });

  /** A job this worker holds: its lease is renewed and its progress recorded while the run goes on. */
  interface Held {
    job: Row;
    progress: number;
    published: number;
    /** No longer this worker's (cancelled or taken over). */
    lost: boolean;
    /** Its outcome is recorded (an adopted job finished on its own). */
    done: boolean;
  }
  const held = (job: Row): Held => ({ job, progress: 0, published: -1, lost: false, done: false });
  const report = (entry: Held) => (fraction: number) => {
    entry.progress = Math.max(entry.progress, Math.min(1, Math.round(fraction * 1000) / 1000));
  };

  async function renewHeld(entry: Held): Promise<boolean> {
    if (entry.lost || entry.done) return !entry.lost;
    if (!(await repository.renew(dataSource, entry.job.id, workerId, entry.progress, leaseSeconds))) {
      entry.lost = true;
      return false;
    }
    if (entry.progress !== entry.published) {
      entry.published = entry.progress;
      await registry.handlerFor(entry.job.kind)?.progressed?.(dataSource, entry.job, entry.progress);
    }
    return true;
  }

  async function ready(entry: Held, output: unknown): Promise<void> {
    const handler = registry.handlerFor(entry.job.kind);
    await dataSource.transaction(async (manager) => {
      if (await repository.finish(manager, entry.job.id, workerId, { status: 'ready', output }))
        await handler?.ready?.(manager, entry.job, output);
    });
  }

  /** Offers a job this worker holds again at once (its worker stopped, or the run that adopted it ended without it). */
  async function requeue(entry: Held, reason: string): Promise<void> {
    await dataSource.transaction(async (manager) => {
      if (await repository.finish(manager, entry.job.id, workerId, { status: 'queued', reason }))
        await queue.offer(manager, entry.job);
    });
  }

  async function run(job: Row, delivery: Delivery): Promise<void> {
    const handler = registry.handlerFor(job.kind);
    const controller = new AbortController();
    running.set(job.id, controller);
    const leader = held(job);
    const adopted: Held[] = [];
    const renew = async () => {
      if (!(await renewHeld(leader))) {
        logger.warn(
          { jobId: job.id, kind: job.kind },
          'job no longer held by this worker (cancelled or taken over); stopping it',
        );
        controller.abort(new Error('job cancelled'));
        return;
      }
      for (const entry of adopted)
        if (!(await renewHeld(entry)))
          logger.warn({ jobId: entry.job.id, kind: entry.job.kind, by: job.id }, 'adopted job no longer held');
      await delivery.heartbeat();
    };
    const timer = setInterval(
      () => void renew().catch((error) => logger.warn({ err: error, jobId: job.id }, 'lease renewal failed')),
      options.renewEveryMs ?? 2000,
    );
    const adopt = async (ids: string[]): Promise<AdoptedJob[]> => {
      const taken: AdoptedJob[] = [];
      for (const id of ids) {
        if (id === job.id || adopted.some((entry) => entry.job.id === id)) continue;
        const row = (await repository.claim(dataSource, id, workerId, leaseSeconds)) as Row | undefined;
        if (!row) continue;
        const entry = held(row);
        adopted.push(entry);
        await registry.handlerFor(row.kind)?.started?.(dataSource, row);
        const once = async (finish: () => Promise<void>) => {
          if (entry.done || entry.lost) return;
          entry.done = true;
          await finish();
        };
        taken.push({
          job: row,
          progress: report(entry),
          ready: (output) => once(() => ready(entry, output)),
          fail: (error) => once(() => fail(row, error)),
        });
      }
      return taken;
    };
    const unfinished = () => adopted.filter((entry) => !entry.done && !entry.lost);
    try {
      if (!handler) throw new Error(`job kind ${job.kind} has no handler`);
      await handler.started?.(dataSource, job);
      const output = await handler.run(job, { signal: controller.signal, progress: report(leader), adopt });
      for (const entry of unfinished()) await requeue(entry, 'not made with the job that took it along');
      await ready(leader, output);
    } catch (error) {
      if (leader.lost) return; // cancelled or taken over: the row is someone else's now (adopted ones' leases lapse)
      if (controller.signal.aborted) {
        // Stopped with the worker: queued again at once, for another worker or this one restarted.
        logger.info({ jobId: job.id, kind: job.kind }, 'job stopped with its worker; queued again');
        for (const entry of [leader, ...unfinished()]) await requeue(entry, 'worker stopped');
        return;
      }
      for (const entry of unfinished()) await fail(entry.job, error);
      await fail(job, error);
    } finally {
      clearInterval(timer);
      running.delete(job.id);
    }
  }

  async function fail(job: Row, error: unknown): Promise<void> {
    const handler = registry.handlerFor(job.kind);
    const reason = (error as Error)?.message || String(error);
    const kind = handler?.classify?.(error) ?? (handler ? 'retry' : 'permanent');
    await dataSource.transaction(async (manager) => {
      if (kind === 'skip') {
        if (await repository.finish(manager, job.id, workerId, { status: 'skipped', reason }))
          await handler?.skipped?.(manager, job, reason);
        return;
      }
      if (kind === 'retry' && job.attempts < (options.attempts ?? 3)) {
        logger.warn(
          { err: error, jobId: job.id, kind: job.kind, attempt: job.attempts },
          'job attempt failed; offering it again',
        );
        if (await repository.finish(manager, job.id, workerId, { status: 'queued', reason }))
          await queue.offer(manager, job);
        return;
      }
      logger.warn(
        { err: error, jobId: job.id, kind: job.kind, permanent: kind === 'permanent' },
        'job failed for good',
      );
      if (await repository.finish(manager, job.id, workerId, { status: 'failed', reason }))
        await handler?.failed?.(manager, job, reason);
    });
  }

  async function runCaught(job: Row, delivery: Delivery): Promise<void> {
    try {
      await run(job, delivery);
    } catch (error) {
      // The row keeps its state (its lease lapses); the sweeper offers it again.
      logger.error({ err: error, jobId: job.id }, 'job could not be run');
    }
  }

  /** The topics parallel kinds are offered on: there an offer is claimed only once a slot is free. */
  const parallelTopics = new Set([...parallelKinds].map((kind) => queue.topicOf(kind)));

  /** Waits (heartbeating the group) while every parallel slot is taken, so a burst stays queued on the topic. */
  async function slotFree(delivery: Delivery): Promise<void> {
    while (side.size >= parallelLimit) {
      await Promise.race(side);
      await delivery.heartbeat();
    }
  }

  /** Starts a job of a parallel kind in a free slot without waiting for it to end. */
  function runBeside(job: Row): void {
    // The group is heartbeated by the offers read meanwhile; the lease by the job's own renewals.
    const work: Promise<void> = runCaught(job, noDelivery).finally(() => side.delete(work));
    side.add(work);
  }

  type JobSubscription = BusSubscription & Pick<EventConsumer, 'stall'> & { longRunning: true };
  const subscriptionOf = (lane: { name?: string; topic: string }): JobSubscription => {
    const group = lane.name ? `${options.group}.${lane.name}` : options.group;
    const consumer = consumerOf(group, lane.topic);
    return {
      group,
      topic: lane.topic,
      longRunning: true,
      stall: () => consumer.stall(),
      async handle(record, delivery) {
        // A job is claimed only when it can run at once: its lease is renewed from the start.
        if (parallelTopics.has(lane.topic)) await slotFree(delivery);
        const slot: { job?: Row } = {};
        await claimed.run(slot, () => consumer.handle(record, delivery));
        if (slot.job && parallelKinds.has(slot.job.kind)) runBeside(slot.job);
        else if (slot.job) await runCaught(slot.job, delivery);
      },
    };
  };
  /** The queue's own topic first, then each lane's: every one must be subscribed. */
  const subscriptions = queue.lanes.map(subscriptionOf);

  return {
    subscriptions,
    workerId,
    sweeper,
    /** Checks that every kind in use has a handler and starts the sweep; a service lists this among its parts. */
    async start(): Promise<void> {
      registry.assertHandles([...(options.kinds ?? []), ...(await repository.unfinishedKinds(dataSource))]);
      await sweeper.start();
    },
    /** Takes up unfinished work at once: call once the subscriptions listen. */
    resume: () => sweeper.resume(),
    /** Stops the sweep and waits for the jobs running beside the offers (abortAll() first ends them at once). */
    async stop(): Promise<void> {
      await sweeper.stop();
      await Promise.allSettled([...side]);
    },
    /** Runs a job now, outside the topic (tests use it). */
    async run(jobId: string): Promise<void> {
      const job = (await repository.claim(dataSource, jobId, workerId, leaseSeconds)) as Row | undefined;
      if (job) await runCaught(job, noDelivery);
    },
    /** Aborts jobs in progress (kills their processes); their leases lapse and another worker retakes them. */
    abortAll(): void {
      for (const controller of running.values()) controller.abort(new Error('worker stopping'));
    },
  };
}

export type JobWorker = ReturnType<typeof createJobWorker>;
