import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from '@mam/db';
import type { JobRunContext } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { makeDeliveries } from '@mam/media';
import type { BlobStorage } from '@mam/storage';
import { versionProjection, type AssetVersionFacts, type MasterReader } from '@mam/versions';
import type { DistributionConfig } from '../config';
import type { DownloadLinks } from '../destinations/download-links';
import { transferOutput } from '../destinations/transfer';
import { checkRights, RightsRefusedError } from '../domain/rights/check-rights';
import { deliveriesRepository, type TransferRecord } from '../repositories/deliveries.repository';
import { destinationsRepository } from '../repositories/destinations.repository';
import { deliveryManifest, MANIFEST_FILE, type ManifestFacts } from '../sidecars/delivery-manifest';
import { writeSrt, writeWebVtt } from '../sidecars/caption-writers';
import { distributionSources, type DeliverySources, type Transcript } from '../sources/delivery-sources';
import { outputFileName, safeStem } from './output-names';

export interface RunDeliveryDeps {
  dataSource: DataSource;
  storage: BlobStorage;
  config: DistributionConfig;
  logger: Logger;
  /** Reads the masters that are not on the shared volume (ingested in place at a storage source) from ingest. */
  masters: MasterReader;
  /** Signs webhook notices' download URLs; absent without DOWNLOAD_SIGNING_SECRET. */
  links?: DownloadLinks;
  /** Transcripts, face tracks and rights; what distribution keeps when absent. */
  sources?: DeliverySources;
}

export interface DeliverySummary {
  delivered: number;
  failed: number;
}

/** Writes the transcript's captions (SubRip and WebVTT) into `dir`; the file names, none without a transcript. */
async function writeCaptions(dir: string, stem: string, transcript: Transcript | null): Promise<string[]> {
  if (!transcript?.segments.length) return [];
  const base = transcript.language ? `${stem}.${transcript.language}` : stem;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${base}.srt`), writeSrt(transcript.segments));
  await writeFile(join(dir, `${base}.vtt`), writeWebVtt(transcript.segments, transcript.language));
  return [`${base}.srt`, `${base}.vtt`];
}

/**
 * The master as a file ffmpeg opens: on the shared volume where ingest stored it, else (a master
 * ingested in place at a storage source) streamed from ingest into the work folder.
 */
async function masterFile(version: AssetVersionFacts, workDir: string, run: JobRunContext, deps: RunDeliveryDeps) {
  if (version.masterKey) return deps.storage.localPath(version.masterKey);
  await mkdir(workDir, { recursive: true });
  const path = join(workDir, '_master');
  await deps.masters.copyTo(version, path, run.signal);
  return path;
}

/**
 * Makes a delivery: every output from one decode of the master, each verified against its profile,
 * then each verified output written to every destination (retried with backoff); a failed output
 * is never delivered. Beside each output go its sidecars: captions from the version's transcript
 * when it has one, and a manifest (asset, version, profile, each file's technical facts, SHA-256 and
 * size as sent, rights), written last. Progress of the encode is recorded on each output. The
 * work folder is removed at the end, whatever happened. The asset's rights are checked again
 * first: a delivery they forbid by now fails with the reason before anything is made.
 */
export async function runDelivery(
  deliveryId: string,
  run: JobRunContext,
  deps: RunDeliveryDeps,
): Promise<DeliverySummary | null> {
  const { dataSource, config } = deps;
  const delivery = await deliveriesRepository.find(dataSource, deliveryId);
  if (!delivery || !(await deliveriesRepository.setStatus(dataSource, delivery.id, 'RUNNING'))) return null; // cancelled meanwhile
  const version = await versionProjection.find(dataSource, delivery.version_id);
  if (!version?.sha256) throw new Error('the version has no recorded master yet');
  const outputs = await deliveriesRepository.outputs(dataSource, delivery.id);
  const destinations = await destinationsRepository.findMany(
    dataSource,
    delivery.workspace_id,
    delivery.destination_ids,
  );
  // The rights may have changed since the delivery was asked for (a licence expired meanwhile).
  const refusal = await checkRights(dataSource, delivery.asset_id, destinations);
  if (refusal) throw new RightsRefusedError(refusal);
  const workDir = join(config.WORK_DIR, delivery.id);
  const stem = safeStem(version.filename, delivery.asset_id);
  const folderOf = (profileId: string) => `${stem}_v${version.number ?? 0}/${profileId}`;
  const sources = deps.sources ?? distributionSources(dataSource);
  const captionsDir = join(workDir, '_captions');
  try {
    const [faces, transcript, rights] = await Promise.all([
      sources.facesOf(version.versionId),
      sources.transcriptOf(version.versionId),
      sources.rightsOf(delivery.asset_id),
    ]);
    const captions = await writeCaptions(captionsDir, stem, transcript);
    const master = await masterFile(version, workDir, run, deps);
    let lastWrite = 0;
    const made = await makeDeliveries(
      master,
      outputs.map((output) => {
        const file = outputFileName(output.spec, stem);
        return {
          id: output.profile_id,
          spec: output.spec,
          target: file ? join(workDir, output.profile_id, file) : join(workDir, output.profile_id),
        };
      }),
      {
        signal: run.signal,
        timeoutMs: config.FFMPEG_TIMEOUT_SECONDS * 1000,
        memoryBytes: config.FFMPEG_MEMORY_MB * 1024 * 1024,
        niceness: config.DELIVERY_NICENESS,
        faces,
        onOutputProgress: (_id, fraction) => {
          run.progress(fraction * 0.8);
          if (Date.now() - lastWrite < 1000 && fraction < 1) return;
          lastWrite = Date.now();
          void deliveriesRepository
            .setProgress(
              dataSource,
              delivery.id,
              outputs.map((o) => o.profile_id),
              fraction,
            )
            .catch((error) => deps.logger.warn({ err: error }, 'progress not recorded'));
        },
      },
    );
    // Cancelled while encoding: nothing is delivered (the worker may not have seen the cancel yet).
    if (
      !(await deliveriesRepository.setStatus(dataSource, delivery.id, 'RUNNING', {
        masterLoudness: made.masterLoudness,
      }))
    )
      return null;
    let delivered = 0;
    for (const outcome of made.outcomes) {
      run.signal.throwIfAborted();
      if ((await deliveriesRepository.find(dataSource, delivery.id))?.status === 'CANCELLED') return null;
      const base = {
        differences: outcome.differences,
        files: outcome.files,
        loudness: outcome.loudness,
        loudnessPlan: outcome.loudnessPlan,
        progress: 1,
      };
      if (outcome.status === 'failed') {
        await deliveriesRepository.updateOutput(dataSource, delivery.id, outcome.id, {
          ...base,
          status: 'FAILED',
          reason: outcome.reason,
        });
        continue;
      }
      await deliveriesRepository.updateOutput(dataSource, delivery.id, outcome.id, { ...base, status: 'DELIVERING' });
      const files = [
        ...outcome.files.map((file) => ({ local: join(workDir, outcome.id, file), remote: file })),
        ...captions.map((file) => ({ local: join(captionsDir, file), remote: file })),
      ];
      const output = outputs.find((o) => o.profile_id === outcome.id)!;
      const facts: ManifestFacts = {
        delivery: {
          id: delivery.id,
          requestedBy: delivery.requested_by,
          ruleId: delivery.rule_id,
          createdAt: delivery.created_at,
        },
        asset: { id: delivery.asset_id },
        version: {
          id: version.versionId,
          number: version.number,
          filename: version.filename,
          sha256: version.sha256,
          sizeBytes: version.size,
        },
        profile: { id: output.profile_id, name: output.profile_name, spec: output.spec },
        outputs: outcome.facts,
        loudness: { plan: outcome.loudnessPlan, measured: outcome.loudness },
        captions,
        rights,
      };
      const manifest = { remote: MANIFEST_FILE, build: deliveryManifest.bind(null, facts) };
      const transfers: TransferRecord[] = [];
      for (const destination of destinations) {
        transfers.push(
          await transferOutput(
            destination,
            files,
            folderOf(outcome.id),
            {
              attempts: config.TRANSFER_ATTEMPTS,
              backoffMs: config.TRANSFER_BACKOFF_MS,
              signal: run.signal,
              folderRoot: config.FOLDER_DESTINATION_ROOT,
              secretKey: config.DESTINATION_SECRET_KEY,
              downloads: deps.links && {
                dir: config.DOWNLOAD_DIR,
                links: deps.links,
                timeoutMs: config.WEBHOOK_TIMEOUT_MS,
              },
              about: {
                deliveryId: delivery.id,
                assetId: delivery.asset_id,
                versionId: delivery.version_id,
                profileId: outcome.id,
                profileName: outputs.find((output) => output.profile_id === outcome.id)?.profile_name ?? outcome.id,
              },
            },
            manifest,
          ),
        );
      }
      const refused = transfers.filter((transfer) => transfer.status === 'FAILED');
      await deliveriesRepository.updateOutput(dataSource, delivery.id, outcome.id, {
        ...base,
        status: refused.length ? 'FAILED' : 'DELIVERED',
        reason: refused.length ? `not delivered to ${refused.map((t) => t.reason).join('; ')}` : null,
        transfers,
      });
      if (!refused.length) delivered++;
    }
    run.progress(1);
    return { delivered, failed: made.outcomes.length - delivered };
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
