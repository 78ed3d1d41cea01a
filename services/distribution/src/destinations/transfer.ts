import { setTimeout as sleep } from 'node:timers/promises';
import type { DestinationRow } from '../repositories/destinations.repository';
import type { TransferRecord } from '../repositories/deliveries.repository';
import { isRefused } from './destination-client';
import { openDestination, type DestinationKeys } from './open-destination';

export interface TransferOptions extends DestinationKeys {
  attempts: number;
  backoffMs: number;
  signal: AbortSignal;
}

/**
 * Writes one output's files to one destination under `folder`, connecting afresh for each try:
 * a failure that may pass (unreachable, dropped connection) is tried again after a wait that
 * doubles each time; a refusal (login, permission, full) ends it at once with that reason.
 */
export async function transferOutput(
  destination: DestinationRow,
  files: { local: string; remote: string }[],
  folder: string,
  options: TransferOptions,
): Promise<TransferRecord> {
  let reason = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    options.signal.throwIfAborted();
    try {
      const connection = await openDestination(destination, options);
      try {
        for (const file of files) {
          options.signal.throwIfAborted();
          await connection.put(file.local, `${folder}/${file.remote}`);
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
