import { z } from '@mam/config';

/**
 * What a stored SFTP or S3 login must look like, for every part that keeps one (delivery
 * destinations, storage sources): a password or a private key; an access key pair.
 */
export const CREDENTIAL_SCHEMAS = {
  sftp: z.union([
    z.object({ password: z.string().min(1).max(1000) }).strict(),
    z.object({ privateKey: z.string().min(20).max(20_000), passphrase: z.string().max(1000).optional() }).strict(),
  ]),
  s3: z.object({ accessKeyId: z.string().min(1).max(200), secretAccessKey: z.string().min(1).max(200) }).strict(),
} as const;
