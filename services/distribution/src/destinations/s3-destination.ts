import { S3Client, type StorageClass } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { DestinationRefusedError, remoteJoin, type DestinationConnection } from './destination-client';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  prefix: string;
  forcePathStyle: boolean;
  storageClass?: string;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const REFUSED = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'NoSuchBucket',
  'InvalidBucketName',
  'EntityTooLarge',
  'QuotaExceeded',
]);
/** Multipart from 8 MiB, four parts in flight: large files stream through, never held whole. */
const PART_SIZE = 8 * 1024 * 1024;

/** An S3-compatible bucket; each file is one (multipart) upload under the destination's prefix. */
export function openS3Destination(settings: S3Settings, credentials: S3Credentials): DestinationConnection {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials,
    maxAttempts: 1,
  });
  const keyOf = (remote: string) => remoteJoin(settings.prefix, remote);
  return {
    async put(body, remotePath) {
      const upload = new Upload({
        client,
        partSize: PART_SIZE,
        queueSize: 4,
        leavePartsOnError: false,
        params: {
          Bucket: settings.bucket,
          Key: keyOf(remotePath),
          Body: body,
          ...(settings.storageClass ? { StorageClass: settings.storageClass as StorageClass } : {}),
        },
      });
      try {
        await upload.done();
      } catch (error) {
        const name = (error as Error).name;
        if (REFUSED.has(name))
          throw new DestinationRefusedError(
            `the S3 server refused ${settings.bucket}/${keyOf(remotePath)}: ${name}: ${(error as Error).message}`,
            { cause: error },
          );
        throw new Error(`the S3 upload of ${keyOf(remotePath)} failed: ${(error as Error).message}`, { cause: error });
      }
    },
    locate: (remotePath) => `s3://${settings.bucket}/${keyOf(remotePath)}`,
    async close() {
      client.destroy();
    },
  };
}
