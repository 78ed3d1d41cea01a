import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import type { S3Client, StorageClass } from '@aws-sdk/client-s3';
import { assertBagPath, type ArchiveLocation, type BagSink } from './archive-location';
import { s3ObjectReadable, s3RestoreRunning } from './s3-restore-state';

export interface S3LocationSettings {
  endpoint?: string;
  region: string;
  bucket: string;
  /** Key prefix of the location's bags in the bucket, without slashes at either end ('' for the bucket's root). */
  prefix: string;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /** The storage class objects are written with (a cold one: DEEP_ARCHIVE, GLACIER, GLACIER_IR). */
  storageClass: string;
  /** How many days a restored copy of a GLACIER / DEEP_ARCHIVE object stays readable. */
  restoreDays: number;
}

/** Multipart from 8 MiB, four parts in flight per file: a master streams through, never held whole. */
const PART_SIZE = 8 * 1024 * 1024;

const missing = (error: unknown) =>
  ['NotFound', 'NoSuchKey'].includes((error as Error).name) ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * An archive location in an S3-compatible bucket, objects written with a cold storage class.
 * Each file of a bag is its own multipart upload fed straight from the one read of the source
 * (no local copy first). S3 has no rename: the objects land under the bag's keys as they are
 * written, and a bag counts as there only once its package is recorded (after commit and read
 * back); an aborted write deletes what it wrote, and a retry overwrites the same keys.
 *
 * Reading an object of a class that needs a restore first (GLACIER, DEEP_ARCHIVE) goes through
 * `coldRestore`: RestoreObject, then HEAD polled until `x-amz-restore` says the copy is there.
 */
export function createS3Location(name: string, settings: S3LocationSettings): ArchiveLocation {
  // The AWS SDK (tens of MiB resident) loads on the location's first request, not when the service starts.
  let connected: Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const s3 = () =>
    (connected ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    })));
  const Bucket = settings.bucket;
  const bagPrefix = (bag: string) => `${settings.prefix ? `${settings.prefix}/` : ''}${assertBagPath(bag)}/`;
  const keyOf = (bag: string, path: string) => `${bagPrefix(bag)}${assertBagPath(path)}`;

  async function upload(Key: string, Body: Readable): Promise<unknown> {
    const [{ client }, { Upload }] = await Promise.all([s3(), import('@aws-sdk/lib-storage')]);
    return new Upload({
      client,
      partSize: PART_SIZE,
      queueSize: 4,
      leavePartsOnError: false,
      params: { Bucket, Key, Body, StorageClass: settings.storageClass as StorageClass },
    }).done();
  }

  async function head(bag: string, path: string) {
    const { client, sdk } = await s3();
    const answer = await client.send(new sdk.HeadObjectCommand({ Bucket, Key: keyOf(bag, path) }));
    return { storageClass: answer.StorageClass, restore: answer.Restore, size: answer.ContentLength };
  }

  async function deleteKeys(keys: string[]): Promise<void> {
    const { client, sdk } = await s3();
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      await client.send(new sdk.DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }));
    }
  }

  return {
    name,
    describe: `s3://${Bucket}/${settings.prefix}`,
    async assertWritable() {
      try {
        const { client, sdk } = await s3();
        await client.send(new sdk.HeadBucketCommand({ Bucket }));
      } catch (error) {
        throw new Error(
          `archive location ${name} is unreachable (s3://${Bucket}: ${(error as Error).name || (error as Error).message})`,
          { cause: error },
        );
      }
    },
    freeBytes: async () => null,
    async beginBag(bag) {
      const uploads: { key: string; done: Promise<unknown> }[] = [];
      const sink: BagSink = {
        file(path) {
          const key = keyOf(bag, path);
          const body = new PassThrough({ highWaterMark: 1024 * 1024 });
          const done = upload(key, body);
          // A refused upload stops the writer at once (its next write fails) instead of stalling it.
          done.catch((error: Error) => body.destroy(new Error(`the S3 upload of ${key} failed: ${error.message}`)));
          uploads.push({ key, done });
          return body;
        },
        async commit() {
          await Promise.all(uploads.map((u) => u.done));
        },
        async abort() {
          await Promise.allSettled(uploads.map((u) => u.done));
          await deleteKeys(uploads.map((u) => u.key));
        },
      };
      return sink;
    },
    read(bag, path) {
      const out = new PassThrough();
      s3()
        .then(({ client, sdk }) => client.send(new sdk.GetObjectCommand({ Bucket, Key: keyOf(bag, path) })))
        .then(
          (answer) => {
            const body = answer.Body as Readable;
            body.on('error', (error) => out.destroy(error));
            body.pipe(out);
          },
          (error: Error) => out.destroy(new Error(`cannot read s3://${Bucket}/${keyOf(bag, path)}: ${error.name}`)),
        );
      return out;
    },
    async exists(bag, path) {
      try {
        await head(bag, path);
        return true;
      } catch (error) {
        if (missing(error)) return false;
        throw error;
      }
    },
    async replaceFile(bag, path, source, sha256) {
      // The object is replaced only when the upload completes: a source whose bytes do not hash to
      // the recorded sha256 fails the body before its end, so the upload is aborted and the old object stays.
      const hash = createHash('sha256');
      const checked = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
        flush(done) {
          const actual = hash.digest('hex');
          done(actual === sha256 ? null : new Error(`repair source for ${path} does not match its recorded sha256`));
        },
      });
      source.on('error', (error) => checked.destroy(error));
      await upload(keyOf(bag, path), source.pipe(checked));
    },
    async deleteBag(bag) {
      const { client, sdk } = await s3();
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListObjectsV2Command({ Bucket, Prefix: bagPrefix(bag), ContinuationToken }),
        );
        await deleteKeys((page.Contents ?? []).map((object) => object.Key!).filter(Boolean));
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    localPath: () => null,
    coldRestore: {
      async ready(bag, path) {
        return s3ObjectReadable(await head(bag, path));
      },
      async request(bag, path) {
        const state = await head(bag, path);
        if (s3ObjectReadable(state) || s3RestoreRunning(state)) return;
        const { client, sdk } = await s3();
        await client.send(
          new sdk.RestoreObjectCommand({
            Bucket,
            Key: keyOf(bag, path),
            RestoreRequest: { Days: settings.restoreDays, GlacierJobParameters: { Tier: 'Standard' } },
          }),
        );
      },
    },
  };
}
