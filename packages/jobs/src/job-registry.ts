import type { EntityManager } from 'typeorm';
import type { JobRow } from './job-row';

/** What a handler gets while it runs one job. */
export interface JobRunContext {
  /** Aborted when the job is cancelled, its lease is lost, or the worker stops: stop work (kill ffmpeg) and throw. */
  signal: AbortSignal;
  /** Reports progress, 0 to 1; cheap to call often (recorded and published at each lease renewal). */
  progress(fraction: number): void;
  /**
   * Takes other queued jobs of the same table into this run, when one piece of work makes their
   * outputs too (one decode for several renditions). Each job given is claimed for this worker as
   * a normal offer would claim it (one already taken, running elsewhere or done is left out) and
   * kept under this run's lease. Each reports its own progress and is finished on its own, through
   * its own handler's hooks: `ready` with its output, `fail` with an error classified as its
   * handler says (a retry offers it again, to run on its own). One not finished when this run ends
   * is offered again (this run succeeded) or fails with this run's error. Absent outside a job worker.
   */
  adopt?: (ids: string[]) => Promise<AdoptedJob[]>;
}

/** A job another job's run took along (see JobRunContext.adopt). */
export interface AdoptedJob<Row extends JobRow = JobRow> {
  job: Row;
  progress(fraction: number): void;
  ready(output: unknown): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** How a failed try ends: tried again (up to the attempts), failed for good, or skipped (the job does not apply). */
export type FailureKind = 'retry' | 'permanent' | 'skip';

/** The effects of a job's state changes, run in the transaction that records them (events through the outbox, projections). */
export interface JobOutcomeHooks<Row extends JobRow = JobRow> {
  started?(db: Pick<EntityManager, 'query'>, job: Row): Promise<void>;
  progressed?(db: Pick<EntityManager, 'query'>, job: Row, progress: number): Promise<void>;
  ready?(manager: EntityManager, job: Row, output: unknown): Promise<void>;
  failed?(manager: EntityManager, job: Row, reason: string): Promise<void>;
  skipped?(manager: EntityManager, job: Row, reason: string): Promise<void>;
  /** What kind of failure an error is; `retry` when not given. */
  classify?(error: unknown): FailureKind;
}

export interface JobHandler<Row extends JobRow = JobRow> extends JobOutcomeHooks<Row> {
  /** Does the work; what it returns is stored as the job's output. Outputs go under deterministic keys, so a retry overwrites. */
  run(job: Row, context: JobRunContext): Promise<unknown>;
}

export class MissingJobHandlerError extends Error {
  override name = 'MissingJobHandlerError';
}

/** Job kinds to their handlers, checked when the service starts. */
export function defineJobRegistry<Row extends JobRow = JobRow>(handlers: Record<string, JobHandler<Row>>) {
  return {
    kinds: Object.keys(handlers),
    handlerFor(kind: string): JobHandler<Row> | undefined {
      return Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
    },
    /** Throws, naming each kind without a handler, so a service cannot start with work it cannot do. */
    assertHandles(kinds: Iterable<string>): void {
      const missing = [...new Set(kinds)].filter((kind) => !Object.hasOwn(handlers, kind)).sort();
      if (missing.length)
        throw new MissingJobHandlerError(missing.map((kind) => `job kind ${kind} has no handler`).join('; '));
    },
  };
}

export type JobRegistry<Row extends JobRow = JobRow> = ReturnType<typeof defineJobRegistry<Row>>;
