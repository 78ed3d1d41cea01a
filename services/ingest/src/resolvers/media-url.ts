import { signMediaPath } from '@mam/storage';
import type { IngestConfig } from '../config';

/** A path of ours as the address clients are given (PUBLIC_BASE_URL in front, when set). */
export const publicUrl = (config: IngestConfig, path: string) => `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}${path}`;

/** A short-lived signed URL of a rendition file (never a master). */
export const mediaUrl = (config: IngestConfig, key: string) =>
  publicUrl(config, signMediaPath(key, config.MEDIA_SIGNING_SECRET, config.MEDIA_URL_TTL_SECONDS));
