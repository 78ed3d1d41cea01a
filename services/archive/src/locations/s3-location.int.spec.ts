import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { testInfrastructure, uniqueName } from '@mam/testkit';
import { hashStream } from '../bag/stream-to-sinks';
import { writeBag, type PayloadSource } from '../domain/archive/write-bag';
import { fetchVerified } from '../domain/restore/fetch-verified';
import type { CopyRow } from '../repositories/packages.repository';
import { createFilesystemLocation } from './filesystem-location';
import { createS3Location, type S3LocationSettings } from './s3-location';

const s3 = testInfrastructure().s3;
const bucket = uniqueName('arch').replaceAll('_', '-');
const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3 });
const settings = (storageClass: string): S3LocationSettings => ({
  endpoint: s3.endpoint,
  region: 'us-east-1',
  bucket,
  prefix: 'bags',
  forcePathStyle: true,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  storageClass,
  restoreDays: 7,
});
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** Larger than one 8 MiB part: the master goes up as a multipart upload. */
const master = randomBytes(9 * 1024 * 1024 + 123);
const info = {
  sourceOrganization: 'studio',
  externalIdentifier: 'asset-1',
  externalDescription: 'Harbour',
  baggingDate: new Date('2026-12-02T00:00:00Z'),
  extra: [],
};
const source = (data: Buffer, path = 'data/v1/master.mov'): PayloadSource => ({
  path,
  open: () => Readable.from([data.subarray(0, 1_000_000), data.subarray(1_000_000)]),
  sha256: sha(data),
  size: data.length,
});
const keys = async (prefix: string) =>
  ((await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? [])
    .map((object) => object.Key)
    .sort();

let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 's3-location-'));
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
});
afterAll(async () => {
  const cold = createS3Location('cold', settings('DEEP_ARCHIVE'));
  for (const bag of ['asset-1/p1', 'asset-1/p2']) await cold.deleteBag(bag);
  await client.send(new DeleteBucketCommand({ Bucket: bucket })).catch(() => undefined);
  client.destroy();
  rmSync(root, { recursive: true, force: true });
});

describe('S3 archive location on a real S3-compatible server', () => {
  const cold = () => createS3Location('cold', settings('DEEP_ARCHIVE'));

  it('streams one bag to a folder and a bucket at once, each file a (multipart) upload with the cold storage class, read back', async () => {
    const folder = createFilesystemLocation('disk', join(root, 'disk'));
    const bucketLocation = cold();
    await bucketLocation.assertWritable(master.length);
    const written = await writeBag([folder, bucketLocation], 'asset-1/p1', [source(master)], info, {});
    expect(written.payload).toEqual([{ path: 'data/v1/master.mov', sha256: sha(master), size: master.length }]);
    expect(await keys('bags/asset-1/p1/')).toEqual([
      'bags/asset-1/p1/bag-info.txt',
      'bags/asset-1/p1/bagit.txt',
      'bags/asset-1/p1/data/v1/master.mov',
      'bags/asset-1/p1/manifest-sha256.txt',
      'bags/asset-1/p1/tagmanifest-sha256.txt',
    ]);
    const head = await client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: 'bags/asset-1/p1/data/v1/master.mov' }),
    );
    expect(head.ContentLength).toBe(master.length);
    // Written with the cold class; this server's filesystem backend keeps the label of single PUTs
    // only (a completed multipart upload reads back as STANDARD), so the label is checked on a tag file.
    const tag = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: 'bags/asset-1/p1/bagit.txt' }));
    expect(tag.StorageClass).toBe('DEEP_ARCHIVE');
    expect((await hashStream(bucketLocation.read('asset-1/p1', 'data/v1/master.mov'))).sha256).toBe(sha(master));
    expect(await bucketLocation.exists('asset-1/p1', 'manifest-sha256.txt')).toBe(true);
    expect(await bucketLocation.exists('asset-1/p1', 'data/v1/other.mov')).toBe(false);
    expect(readFileSync(join(root, 'disk', 'asset-1', 'p1', 'manifest-sha256.txt'), 'utf8')).toBe(
      `${sha(master)}  data/v1/master.mov\n`,
    );
  });

  it('leaves nothing in the bucket when a master does not match its recorded sha256', async () => {
    const bad = { ...source(master), sha256: 'f'.repeat(64) };
    await expect(writeBag([cold()], 'asset-1/p2', [bad], info, {})).rejects.toThrow(
      'does not match its recorded sha256',
    );
    expect(await keys('bags/asset-1/p2/')).toEqual([]);
  });

  it('repairs a changed object only with bytes that hash to the recorded sha256', async () => {
    const location = cold();
    const path = 'data/v1/master.mov';
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: `bags/asset-1/p1/${path}`, Body: Buffer.from('flipped') }),
    );
    await expect(
      location.replaceFile('asset-1/p1', path, Readable.from([Buffer.from('wrong')]), sha(master)),
    ).rejects.toThrow('does not match its recorded sha256');
    expect((await hashStream(location.read('asset-1/p1', path))).sha256).toBe(sha(Buffer.from('flipped')));
    await location.replaceFile('asset-1/p1', path, Readable.from([master]), sha(master));
    expect((await hashStream(location.read('asset-1/p1', path))).sha256).toBe(sha(master));
  });

  it('asks S3 to restore a DEEP_ARCHIVE object before reading it, and reads a GLACIER_IR one at once', async () => {
    const copy: CopyRow = { id: 'c1', location: 'cold', bag: 'asset-1/p1', status: 'good' } as CopyRow;
    const instant = createS3Location('cold', settings('GLACIER_IR'));
    const file = { path: 'manifest-sha256.txt', sha256: sha(Buffer.from(`${sha(master)}  data/v1/master.mov\n`)) };
    // The bucket's objects are DEEP_ARCHIVE: HEAD says so, no x-amz-restore yet, so the read waits
    // for a RestoreObject (this S3 server keeps storage classes as labels and has no RestoreObject).
    expect(await cold().coldRestore.ready('asset-1/p1', file.path)).toBe(false);
    await expect(cold().coldRestore.request('asset-1/p1', file.path)).rejects.toThrow();
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'bags/asset-1/p1/manifest-sha256.txt',
        Body: Buffer.from(`${sha(master)}  data/v1/master.mov\n`),
        StorageClass: 'GLACIER_IR',
      }),
    );
    expect(await instant.coldRestore.ready('asset-1/p1', file.path)).toBe(true);
    const target = join(root, 'restored', 'manifest-sha256.txt');
    expect(await fetchVerified([instant], [copy], file, target)).toEqual([]);
    expect(sha(readFileSync(target))).toBe(file.sha256);
  });

  it('deletes every object of a purged bag', async () => {
    await cold().deleteBag('asset-1/p1');
    expect(await keys('bags/asset-1/p1/')).toEqual([]);
  });

  it('says a bucket that does not exist is unreachable', async () => {
    const gone = createS3Location('gone', { ...settings('DEEP_ARCHIVE'), bucket: `${bucket}-missing` });
    await expect(gone.assertWritable(1)).rejects.toThrow(/^archive location gone is unreachable \(s3:\/\//);
  });
});
