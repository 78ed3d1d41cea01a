import type { DeliveryDetailFragment, DeliverySummaryFragment } from '../gql/graphql';

export type Delivery = DeliverySummaryFragment;
export type OutputTransfers = Pick<DeliveryDetailFragment['outputs'][number], 'profileId' | 'files' | 'transfers'>;
/** An output's summary, with its files and transfers once they are known (the delivery opened or followed live). */
export type Output = Delivery['outputs'][number] & Partial<OutputTransfers>;

export const ACTIVE_DELIVERY = new Set(['QUEUED', 'RUNNING']);

export const DELIVERY_WORDS: Record<Delivery['status'], string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  REFUSED: 'Refused',
};

export const OUTPUT_WORDS: Record<Output['status'], string> = {
  QUEUED: 'Waiting',
  ENCODING: 'Encoding',
  DELIVERING: 'Sending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  REFUSED: 'Refused',
};

export const KIND_WORDS = { FOLDER: 'Folder', SFTP: 'SFTP', S3: 'S3', WEBHOOK: 'Webhook' } as const;

export const CHANNEL_WORDS = {
  broadcast: 'Broadcast',
  web: 'Web',
  social: 'Social',
  cinema: 'Cinema',
  internal: 'Internal',
} as const;

/** The tone of a status pill: ok, busy, bad or quiet. */
export function tone(status: string): 'ok' | 'busy' | 'bad' | 'quiet' {
  if (status === 'DELIVERED') return 'ok';
  if (status === 'FAILED' || status === 'REFUSED') return 'bad';
  if (status === 'CANCELLED') return 'quiet';
  return 'busy';
}

/** "-14.0 LUFS · -1.2 dBTP" */
export function loudnessWords(loudness: { integrated: number; truePeak: number } | null | undefined): string {
  if (!loudness) return '';
  return `${loudness.integrated.toFixed(1)} LUFS · ${loudness.truePeak.toFixed(1)} dBTP`;
}
