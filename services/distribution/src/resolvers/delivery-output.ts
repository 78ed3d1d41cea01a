import type { OutputRow } from '../repositories/deliveries.repository';

const MADE = new Set(['DELIVERING', 'DELIVERED']);

export const DeliveryOutputResolvers = {
  profileId: (output: OutputRow) => output.profile_id,
  profileName: (output: OutputRow) => output.profile_name,
  // An output that was made but not delivered for a destination's refusal still passed verification.
  verification: (output: OutputRow) => ({
    passed: output.differences.length ? false : MADE.has(output.status) || output.transfers.length > 0 ? true : null,
    differences: output.differences,
  }),
  loudnessMode: (output: OutputRow) => output.loudness_plan?.mode ?? null,
};
