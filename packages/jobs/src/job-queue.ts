import type { DescMessage, Message, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import type { EntityManager } from 'typeorm';
import { appendToOutbox, uuidv7, type EventActor } from '@mam/events';
import type { JobRow } from './job-row';
import { jobsRepository, type JobsRepository, type NewJob } from './jobs-repository';

const SYSTEM: EventActor = { subject: 'jobs', workspaceId: '', kind: 'system' };

/**
 * Kinds of job offered on a topic of their own and taken by a consumer group of their own
 * (`<workers' group>.<name>`), with their own worker in every instance: however long the work of
 * other kinds takes (transcodes), a lane's jobs are taken up at once.
 */
export interface JobLane {
  name: string;
  topic: string;
  kinds: readonly string[];
}

export interface JobQueueOptions<Desc extends DescMessage> {
  /** The service's job table (see jobsMigration). */
  table: string;
  /** The topic that carries offers of work to the workers' consumer group (every kind no lane takes). */
  topic: string;
  /** Lanes of their own for some kinds (light work that must not wait behind heavy work). */
  lanes?: JobLane[];
  /** The envelope type and schema of an offer; the message names the job (its `jobId`). */
  type: string;
  schema: Desc;
  offer: (job: JobRow) => MessageInitShape<Desc>;
  jobIdOf: (message: MessageShape<Desc>) => string;
  /** The Kafka key of an offer (per-key order); the job's key when not given. */
  aggregateIdOf?: (job: JobRow) => string;
}

export interface EnqueueJob {
  kind: string;
  key: string;
  payload?: Record<string, unknown>;
  columns?: NewJob['columns'];
}

/** A service's job table and job topic, as workers and use cases see them. */
export interface JobQueue {
  table: string;
  topic: string;
  /** Where offers go: the queue's own topic (no lane name) first, then each lane's. */
  lanes: { name?: string; topic: string }[];
  /** The topic a job of this kind is offered on. */
  topicOf(kind: string): string;
  type: string;
  schema: DescMessage;
  repository: JobsRepository;
  jobIdOf(message: Message): string;
  offer(manager: EntityManager, job: JobRow, actor?: EventActor): Promise<void>;
  enqueue(manager: EntityManager, job: EnqueueJob, actor?: EventActor): Promise<JobRow>;
  requeue(manager: EntityManager, job: JobRow, actor?: EventActor): Promise<void>;
  cancel(manager: EntityManager, jobId: string, reason?: string): Promise<JobRow | undefined>;
}

/**
 * A service's queue of jobs: the table and the topic together. `enqueue` writes the job row and its
 * offer (through the outbox) in the caller's transaction, so both commit with the state change or neither.
 */
export function defineJobQueue<Desc extends DescMessage>(options: JobQueueOptions<Desc>): JobQueue {
  const repository = jobsRepository(options.table);
  const aggregateIdOf = options.aggregateIdOf ?? ((job: JobRow) => job.key ?? job.id);
  const lanes = options.lanes ?? [];
  const topicOf = (kind: string) => lanes.find((lane) => lane.kinds.includes(kind))?.topic ?? options.topic;

  /** Offers an existing job to the workers again without touching its row: the lease decides who runs it, so an extra offer is harmless. */
  async function offer(manager: EntityManager, job: JobRow, actor: EventActor = SYSTEM): Promise<void> {
    await appendToOutbox(manager, topicOf(job.kind), {
      type: options.type,
      aggregateId: aggregateIdOf(job),
      actor,
      schema: options.schema,
      payload: options.offer(job),
    });
  }

  return {
    table: options.table,
    topic: options.topic,
    lanes: [{ topic: options.topic }, ...lanes.map(({ name, topic }) => ({ name, topic }))],
    topicOf,
    type: options.type,
    schema: options.schema,
    jobIdOf: (message) => options.jobIdOf(message as MessageShape<Desc>),
    repository,
    offer,
    async enqueue(manager: EntityManager, job: EnqueueJob, actor: EventActor = SYSTEM): Promise<JobRow> {
      const row = await repository.upsertQueued(manager, {
        id: uuidv7(),
        kind: job.kind,
        key: job.key,
        payload: job.payload ?? {},
        columns: job.columns,
      });
      await offer(manager, row, actor);
      return row;
    },
    /** Queues an existing job again (a retry after a failure): same row, same deterministic outputs. */
    async requeue(manager: EntityManager, job: JobRow, actor: EventActor = SYSTEM): Promise<void> {
      await repository.finish(manager, job.id, null, { status: 'queued', reason: job.reason });
      await offer(manager, job, actor);
    },
    /** Cancels an unfinished job; a worker running it stops at its next lease renewal. */
    cancel: (manager: EntityManager, jobId: string, reason = 'cancelled') => repository.cancel(manager, jobId, reason),
  };
}

/** Writes a job row and its offer in the caller's transaction. */
export function enqueueJob(
  manager: EntityManager,
  queue: Pick<JobQueue, 'enqueue'>,
  job: EnqueueJob,
  actor?: EventActor,
): Promise<JobRow> {
  return queue.enqueue(manager, job, actor);
}
