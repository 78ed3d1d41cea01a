import { isAbsolute, normalize } from 'node:path';
import { z } from '@mam/config';
import { badInput, badInputFromIssues } from '@mam/graphql';
import { CREDENTIAL_SCHEMAS } from '@mam/storage';
import type { DestinationKind } from '../../repositories/destinations.repository';

const relativeFolder = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (path) => !isAbsolute(path) && !normalize(path).startsWith('..') && !path.includes('\0'),
    'must be a folder inside the delivery root (relative, no ..)',
  );
const remotePath = z
  .string()
  .max(500)
  .default('')
  .refine((path) => !path.split('/').includes('..'), 'may not contain ..');

const SETTINGS = {
  folder: z.object({ path: relativeFolder }).strict(),
  sftp: z
    .object({
      host: z.string().min(1).max(255),
      port: z.number().int().min(1).max(65535).default(22),
      username: z.string().min(1).max(100),
      path: remotePath,
      /** SHA-256 fingerprint of the server's host key (base64, as ssh-keygen -l prints after SHA256:); checked when given. */
      hostKeySha256: z.string().max(100).optional(),
    })
    .strict(),
  s3: z
    .object({
      endpoint: z.url().optional(),
      region: z.string().min(1).max(50).default('us-east-1'),
      bucket: z.string().min(3).max(63),
      prefix: remotePath,
      forcePathStyle: z.boolean().default(true),
      storageClass: z
        .enum(['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'REDUCED_REDUNDANCY'])
        .optional(),
    })
    .strict(),
  webhook: z
    .object({
      url: z
        .url()
        .max(2000)
        .refine((url) => /^https?:\/\//.test(url), 'must be an http or https URL'),
    })
    .strict(),
} as const;

const SECRETS = {
  folder: z.object({}).strict(),
  ...CREDENTIAL_SCHEMAS,
  /** Signs each notice (HMAC-SHA256 of the body), so the endpoint knows it came from here. */
  webhook: z.object({ signingSecret: z.string().min(16).max(500) }).strict(),
} as const;

/** A destination's settings and credentials checked for its kind; credentials are required where the protocol needs them. */
export function parseDestination(
  kind: DestinationKind,
  settings: unknown,
  credentials: unknown,
): { settings: Record<string, string | number | boolean>; credentials: Record<string, string> | null } {
  const parsedSettings = SETTINGS[kind].safeParse(settings ?? {});
  if (!parsedSettings.success) throw badInputFromIssues(parsedSettings.error.issues, 'settings');
  if (kind === 'folder') {
    if (credentials !== undefined && credentials !== null)
      throw badInput('A folder destination takes no credentials', 'credentials');
    return { settings: parsedSettings.data, credentials: null };
  }
  const parsedSecret = SECRETS[kind].safeParse(credentials ?? undefined);
  if (!parsedSecret.success) throw badInputFromIssues(parsedSecret.error.issues, 'credentials');
  return { settings: parsedSettings.data, credentials: parsedSecret.data };
}

/** The channels a destination may be (as assets' rights_channels name them). */
export const DESTINATION_CHANNELS = ['broadcast', 'web', 'social', 'cinema', 'internal'];

/** A destination's territory (ISO 3166-1 alpha-2, upper case) and channel, each optional. */
export function parseRightsTarget(input: { territory?: string | null; channel?: string | null }): {
  territory: string | null;
  channel: string | null;
} {
  const territory = input.territory?.trim().toUpperCase() || null;
  if (territory && !/^[A-Z]{2}$/.test(territory))
    throw badInput('territory: must be an ISO 3166-1 alpha-2 country code such as GB', 'territory');
  const channel = input.channel?.trim().toLowerCase() || null;
  if (channel && !DESTINATION_CHANNELS.includes(channel))
    throw badInput(`channel: must be one of ${DESTINATION_CHANNELS.join(', ')}`, 'channel');
  return { territory, channel };
}
