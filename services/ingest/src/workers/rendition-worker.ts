import { hostname } from 'node:os';
import { RenditionFailedSchema, RenditionReadySchema, RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { isMessage } from '@bufbuild/protobuf';
import { isNotApplicable } from '@mam/media';
import type { DataSource, EntityManager } from '@mam/db';
import { appendToOutbox, decodeEnvelope, uuidv7, type BusSubscription, type Delivery } from '@mam/events';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import type { IngestConfig } from '../config';
import { announceProgress } from '../domain/progress';
import { requestRendition, SYSTEM_ACTOR } from '../domain/request-rendition';
import { settleVersion } from '../domain/settle-version';
import { renditionJobsRepository, type RenditionJobRow, type RenditionOutput } from '../repositories/rendition-jobs.repository';
import type { JobContext } from './job-context';
import { isPermanentFailure, performJob } from './perform-job';

const LEASE_SECONDS = 60;

async function workspaceOf(manager: EntityManager, job: RenditionJobRow): Promise<string> {
  const rows: { workspace_id: string }[] = await manager.query('SELECT workspace_id FROM uploads WHERE version_id = $1', [job.version_id]);
  return rows[0]?.workspace_id ?? '';
}
const RENEW_EVERY_MS = 2000;

export interface RenditionWorkerDeps {
  dataSource: DataSource;
  storage: BlobStorage;
  config: IngestConfig;
  logger: Logger;
}

/**
 * Takes rendition work from the job topic as the `ingest.workers` consumer group: Kafka gives each
 * partition to one worker, and the job row's lease guarantees that a job runs on one worker at a
 * time even when it is offered twice (redelivery, sweeper). A crashed worker's lease runs out and
 * the job is taken again.
 */
export function createRenditionWorker(deps: RenditionWorkerDeps) {
  const { dataSource, logger } = deps;
  const workerId = `${hostname()}:${process.pid}:${uuidv7().slice(-6)}`;
  const running = new Set<AbortController>();

  async function run(jobId: string, delivery: Delivery): Promise<void> {
    const job = await renditionJobsRepository.claim(dataSource, jobId, workerId, LEASE_SECONDS);
    if (!job) return;
    const controller = new AbortController();
    running.add(controller);
    let progress = 0;
    let lastAnnounced = -1;
    const renew = async () => {
      await renditionJobsRepository.renew(dataSource, job.id, workerId, progress, LEASE_SECONDS);
      if (progress !== lastAnnounced) {
        lastAnnounced = progress;
        await announceProgress(dataSource, { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status: 'running', progress, reason: null });
      }
      await delivery.heartbeat();
    };
    const timer = setInterval(() => void renew().catch((error) => logger.warn({ err: error, jobId }, 'lease renewal failed')), RENEW_EVERY_MS);
    await announceProgress(dataSource, { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status: 'running', progress: 0, reason: null });
    const context: JobContext = { ...deps, onProgress: (fraction) => (progress = Math.max(progress, Math.min(1, Math.round(fraction * 1000) / 1000))), signal: controller.signal };
    try {
      const output = await performJob(job, context);
      await complete(job, output);
    } catch (error) {
      await fail(job, error);
    } finally {
      clearInterval(timer);
      running.delete(controller);
    }
  }

  async function complete(job: RenditionJobRow, output: RenditionOutput | null): Promise<void> {
    await dataSource.transaction(async (manager) => {
      await renditionJobsRepository.finish(manager, job.id, { status: 'ready', output });
      await announceProgress(manager, { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status: 'ready', progress: 1, reason: null });
      if (job.kind === 'ingest' || !output) return;
      const workspace_id = await workspaceOf(manager, job);
      await appendToOutbox(manager, TOPICS.ingestUpload, {
        type: 'rendition.ready',
        aggregateId: job.asset_id,
        actor: SYSTEM_ACTOR,
        schema: RenditionReadySchema,
        payload: { jobId: job.id, assetId: job.asset_id, versionId: job.version_id, workspaceId: workspace_id, kind: job.kind, storageKey: output.key, width: output.width ?? 0, height: output.height ?? 0, durationSeconds: output.durationSeconds ?? 0 },
      });
      await settleVersion(manager, job.asset_id, job.version_id);
    });
  }

  /** The rendition does not apply to this media: it ends skipped with the reason, and the asset is not at fault. */
  async function skip(job: RenditionJobRow, reason: string): Promise<void> {
    await dataSource.transaction(async (manager) => {
      await renditionJobsRepository.finish(manager, job.id, { status: 'skipped', reason });
      await announceProgress(manager, { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status: 'skipped', progress: 1, reason });
      await settleVersion(manager, job.asset_id, job.version_id);
    });
  }

  async function fail(job: RenditionJobRow, error: unknown): Promise<void> {
    const reason = (error as Error).message || String(error);
    if (isNotApplicable(error)) return skip(job, reason);
    const permanent = isPermanentFailure(error);
    if (!permanent && job.attempts < deps.config.RENDITION_ATTEMPTS) {
      logger.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'rendition attempt failed; offering it again');
      await dataSource.transaction(async (manager) => {
        await renditionJobsRepository.finish(manager, job.id, { status: 'queued', reason });
        await requestRendition(manager, { assetId: job.asset_id, versionId: job.version_id, kind: job.kind });
      });
      return;
    }
    logger.warn({ err: error, jobId: job.id, kind: job.kind, permanent }, 'rendition failed for good');
    await dataSource.transaction(async (manager) => {
      await renditionJobsRepository.finish(manager, job.id, { status: 'failed', reason });
      await announceProgress(manager, { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status: 'failed', progress: 0, reason });
      const workspace_id = await workspaceOf(manager, job);
      await appendToOutbox(manager, TOPICS.ingestUpload, {
        type: 'rendition.failed',
        aggregateId: job.asset_id,
        actor: SYSTEM_ACTOR,
        schema: RenditionFailedSchema,
        payload: { jobId: job.id, assetId: job.asset_id, versionId: job.version_id, workspaceId: workspace_id, kind: job.kind, reason, attempts: job.attempts },
      });
      await settleVersion(manager, job.asset_id, job.version_id);
    });
  }

  const subscription: BusSubscription & { longRunning: true } = {
    group: 'ingest.workers',
    topic: TOPICS.ingestRenditionJob,
    longRunning: true,
    async handle(record, delivery) {
      let jobId: string;
      try {
        const event = decodeEnvelope(record.value);
        if (!isMessage(event.payload, RenditionRequestedSchema)) return;
        jobId = event.payload.jobId;
      } catch (error) {
        logger.warn({ err: error, key: record.key }, 'undecodable job message skipped');
        return;
      }
      try {
        await run(jobId, delivery);
      } catch (error) {
        // The job row keeps its state; the sweeper offers it again. The partition moves on.
        logger.error({ err: error, jobId }, 'rendition job could not be run');
      }
    },
  };

  return {
    subscription,
    workerId,
    /** Run a job now, outside the topic (the sweeper and tests use it). */
    run: (jobId: string) => run(jobId, { heartbeat: async () => undefined }),
    /** Aborts jobs in progress (their leases lapse and another worker retakes them). */
    abortAll(): void {
      for (const controller of running) controller.abort();
    },
  };
}

export type RenditionWorker = ReturnType<typeof createRenditionWorker>;
