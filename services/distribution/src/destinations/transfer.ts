import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DestinationRow } from '../repositories/destinations.repository';
import type { TransferRecord } from '../repositories/deliveries.repository';
import type { FileDigest } from '../sidecars/delivery-manifest';
import { isRefused } from './destination-client';
import { hashingReader } from './hashing-reader';
import { openDestination, type DestinationKeys } from './open-destination';

export interface TransferOptions extends DestinationKeys {
  attempts: number;
  backoffMs: number;
  signal: AbortSignal;
}

/** A file written after the others from what they were: a manifest built from their digests. */
export interface TransferManifest {
  remote: string;
  build(files: FileDigest[]): string;
}

/**
 * Writes one output's files to one destination under `folder`, connecting afresh for each try,
 * each file's SHA-256 counted while it streams out; then the manifest, built from those digests,
 * last (its arrival says the rest is complete). A failure that may pass (unreachable, dropped
 * connection) is tried again after a wait that doubles each time; a refusal (login, permission,
 * full) ends it at once with that reason.
 */
export async function transferOutput(
  destination: DestinationRow,
  files: { local: string; remote: string }[],
  folder: string,
  options: TransferOptions,
  manifest?: TransferManifest,
): Promise<TransferRecord> {
  let reason = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    options.signal.throwIfAborted();
    try {
      const connection = await openDestination(destination, options);
      try {
        const digests: FileDigest[] = [];
        for (const file of files) {
          options.signal.throwIfAborted();
          const reader = hashingReader(file.local);
          await connection.put(reader.body, `${folder}/${file.remote}`);
          const digest = reader.digest();
          if (!digest) throw new Error(`${file.remote} was not read to its end`);
          digests.push({ path: file.remote, ...digest });
        }
        if (manifest) {
          options.signal.throwIfAborted();
          await connection.put(Readable.from([Buffer.from(manifest.build(digests))]), `${folder}/${manifest.remote}`);
        }
        await connection.finish?.();
        return {
          destinationId: destination.id,
          status: 'DELIVERED',
          location: connection.locate(folder),
          attempts: attempt,
          reason: null,
        };
      } finally {
        await connection.close().catch(() => undefined);
      }
    } catch (error) {
      if (options.signal.aborted) throw error;
      reason = (error as Error).message;
      if (isRefused(error))
        return {
          destinationId: destination.id,
          status: 'FAILED',
          location: null,
          attempts: attempt,
          reason: `${destination.name}: ${reason}`,
        };
      if (attempt < options.attempts)
        await sleep(options.backoffMs * 2 ** (attempt - 1), undefined, { signal: options.signal });
    }
  }
  return {
    destinationId: destination.id,
    status: 'FAILED',
    location: null,
    attempts: options.attempts,
    reason: `${destination.name}: ${reason} (after ${options.attempts} tries)`,
  };
}
