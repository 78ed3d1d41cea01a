import { ApiError } from '../api/errors';

/** Why the asset's rights refused a delivery asked for by hand (FORBIDDEN with extensions.refusal); else undefined. */
export function refusalOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'FORBIDDEN') return undefined;
  const { refusal, reason } = error.extensions;
  if (typeof refusal !== 'string') return undefined;
  return typeof reason === 'string' && reason ? reason : 'its licence does not allow this delivery';
}

/** A refused delivery's recorded reason without its "refused:" lead. */
export const refusedReason = (reason: string | null | undefined) =>
  reason?.replace(/^refused:\s*/i, '') || 'its licence does not allow this delivery';
