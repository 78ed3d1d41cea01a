import { s3ObjectReadable, s3RestoreRunning } from './s3-restore-state';

describe('S3 restore state from HEAD', () => {
  it('reads objects of directly readable classes at once', () => {
    for (const storageClass of [undefined, 'STANDARD', 'STANDARD_IA', 'GLACIER_IR'])
      expect(s3ObjectReadable({ storageClass })).toBe(true);
  });

  it('waits for a GLACIER or DEEP_ARCHIVE object until x-amz-restore says the restored copy is there', () => {
    expect(s3ObjectReadable({ storageClass: 'DEEP_ARCHIVE' })).toBe(false);
    expect(s3ObjectReadable({ storageClass: 'GLACIER', restore: 'ongoing-request="true"' })).toBe(false);
    expect(
      s3ObjectReadable({
        storageClass: 'GLACIER',
        restore: 'ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT"',
      }),
    ).toBe(true);
    expect(s3RestoreRunning({ restore: 'ongoing-request="true"' })).toBe(true);
    expect(s3RestoreRunning({})).toBe(false);
  });
});
