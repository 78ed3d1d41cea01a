import { isAbsolute, relative, resolve } from 'node:path';
import { z } from '@mam/config';
import { badInput, badInputFromIssues } from '@mam/graphql';
import { CREDENTIAL_SCHEMAS } from '@mam/storage';
import type { SourceKind } from '../../repositories/storage-sources.repository';

const remotePath = z
  .string()
  .max(500)
  .default('')
  .refine((path) => !path.split('/').includes('..') && !path.includes('\0'), 'may not contain ..');

const SETTINGS = {
  local: z.object({ path: z.string().min(1).max(1000) }).strict(),
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
    })
    .strict(),
} as const;

const SECRETS = {
  ...CREDENTIAL_SCHEMAS,
} as const;

/**
 * A source's settings and credentials checked for its kind. A local folder must lie under the
 * service's LOCAL_SOURCE_ROOT (no other part of the machine can be registered); it is kept relative to it.
 */
export function parseSourceSettings(
  kind: SourceKind,
  settings: unknown,
  credentials: unknown,
  localRoot: string,
): { settings: Record<string, string | number | boolean>; credentials: Record<string, string> | null } {
  const parsed = SETTINGS[kind].safeParse(settings ?? {});
  if (!parsed.success) throw badInputFromIssues(parsed.error.issues, 'settings');
  if (kind === 'local') {
    if (credentials !== undefined && credentials !== null)
      throw badInput('A local source takes no credentials', 'credentials');
    if (!localRoot)
      throw badInput('Local sources are not enabled on this service (LOCAL_SOURCE_ROOT)', 'settings.path');
    const path = (parsed.data as { path: string }).path;
    const inside = relative(resolve(localRoot), resolve(localRoot, path));
    if (inside.startsWith('..') || isAbsolute(inside))
      throw badInput(`settings.path: must be a folder under the local source root`, 'settings.path');
    return { settings: { path: inside }, credentials: null };
  }
  const secret = SECRETS[kind].safeParse(credentials ?? undefined);
  if (!secret.success) throw badInputFromIssues(secret.error.issues, 'credentials');
  return { settings: parsed.data, credentials: secret.data };
}
