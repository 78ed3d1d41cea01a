import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { StorageRefusedError } from '../sftp-connect';
import type { SourceFile, SourceReader } from './source-reader';

export interface S3SourceSettings {
  endpoint?: string;
  region: string;
  bucket: string;
  prefix: string;
  forcePathStyle: boolean;
}

export interface S3SourceCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const REFUSED = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'NoSuchBucket',
  'InvalidBucketName',
  'Forbidden',
]);
const NOT_FOUND = new Set(['NotFound', 'NoSuchKey']);

/** An S3-compatible bucket under a prefix, listed in key order a page at a time. */
export function openS3Source(settings: S3SourceSettings, credentials: S3SourceCredentials): SourceReader {
  // The AWS SDK (tens of MiB resident) loads on the first request, not when a process starts.
  let client: S3Client | undefined;
  const sdk = async () => {
    const module = await import('@aws-sdk/client-s3');
    client ??= new module.S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials,
      maxAttempts: 2,
    });
    return { ...module, client };
  };
  const prefix = settings.prefix.replace(/^\/+|\/+$/g, '');
  const keyOf = (path: string) => (prefix ? `${prefix}/${path}` : path);
  const pathOf = (key: string) => (prefix ? key.slice(prefix.length + 1) : key);
  const explain = (error: unknown, what: string): Error => {
    const name = (error as Error).name;
    if (REFUSED.has(name))
      return new StorageRefusedError(`the S3 server refused ${what} in ${settings.bucket}: ${name}`, { cause: error });
    return new Error(`the S3 server failed ${what} in ${settings.bucket}: ${(error as Error).message}`, {
      cause: error,
    });
  };
  const fileOf = (key: string, size: number | undefined, modified: Date | undefined, etag: string | undefined) => ({
    path: pathOf(key),
    size: size ?? 0,
    modifiedAt: modified ?? new Date(0),
    etag: etag?.replace(/"/g, '') ?? null,
  });
  return {
    async *pages(cursor, pageSize) {
      let token: string | undefined;
      const { client, ListObjectsV2Command } = await sdk();
      do {
        const listed = await client
          .send(
            new ListObjectsV2Command({
              Bucket: settings.bucket,
              Prefix: prefix ? `${prefix}/` : undefined,
              MaxKeys: pageSize,
              ...(token ? { ContinuationToken: token } : cursor ? { StartAfter: keyOf(cursor) } : {}),
            }),
          )
          .catch((error: unknown) => {
            throw explain(error, 'the listing');
          });
        const files: SourceFile[] = (listed.Contents ?? [])
          .filter((object) => object.Key && !object.Key.endsWith('/'))
          .filter(
            (object) =>
              !pathOf(object.Key!)
                .split('/')
                .some((part) => part.startsWith('.')),
          )
          .map((object) => fileOf(object.Key!, object.Size, object.LastModified, object.ETag));
        const last = listed.Contents?.at(-1)?.Key;
        yield { files, cursor: last ? pathOf(last) : cursor };
        token = listed.IsTruncated ? listed.NextContinuationToken : undefined;
      } while (token);
    },
    async stat(path) {
      const { client, HeadObjectCommand } = await sdk();
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: keyOf(path) }));
        return fileOf(keyOf(path), head.ContentLength, head.LastModified, head.ETag);
      } catch (error) {
        if (NOT_FOUND.has((error as Error).name)) return null;
        throw explain(error, `reading ${keyOf(path)}`);
      }
    },
    async read(path, range) {
      const { client, GetObjectCommand } = await sdk();
      const object = await client
        .send(
          new GetObjectCommand({
            Bucket: settings.bucket,
            Key: keyOf(path),
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        )
        .catch((error: unknown) => {
          throw explain(error, `reading ${keyOf(path)}`);
        });
      return object.Body as Readable;
    },
    localPath: () => null,
    locate: (path) => `s3://${settings.bucket}/${keyOf(path)}`,
    async close() {
      client?.destroy();
    },
  };
}
