import { archiveConfigShape } from './config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/archive',
  GATEWAY_SIGNING_SECRET: 'x'.repeat(64),
};

describe('archive locations in the configuration', () => {
  it('reads folders and S3 buckets with a prefix, in order', () => {
    const config = archiveConfigShape.parse({
      ...base,
      ARCHIVE_LOCATIONS: 'disk=/srv/archive,cold=s3://studio-archive/bags/2026',
      ARCHIVE_S3_ACCESS_KEY_ID: 'key',
      ARCHIVE_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.ARCHIVE_LOCATIONS).toEqual([
      { name: 'disk', kind: 'filesystem', path: '/srv/archive', bucket: '', prefix: '' },
      { name: 'cold', kind: 's3', path: '', bucket: 'studio-archive', prefix: 'bags/2026' },
    ]);
    expect(config.ARCHIVE_S3_STORAGE_CLASS).toBe('DEEP_ARCHIVE');
  });

  it('says what is wrong: an S3 location without keys, a cold folder that is an S3 location, a bad storage class', () => {
    const result = archiveConfigShape.safeParse({
      ...base,
      ARCHIVE_LOCATIONS: 'cold=s3://studio-archive',
      ARCHIVE_COLD_LOCATIONS: 'cold=60',
      ARCHIVE_S3_STORAGE_CLASS: 'TAPE',
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^ARCHIVE_S3_STORAGE_CLASS: /)]));
    const keyless = archiveConfigShape.safeParse({
      ...base,
      ARCHIVE_LOCATIONS: 'cold=s3://studio-archive',
      ARCHIVE_COLD_LOCATIONS: 'cold=60',
    });
    expect(keyless.error!.issues.map((issue) => issue.message)).toEqual([
      's3:// locations need ARCHIVE_S3_ACCESS_KEY_ID and ARCHIVE_S3_SECRET_ACCESS_KEY',
      "cold is not one of the filesystem ARCHIVE_LOCATIONS (an S3 location's tier is its storage class)",
    ]);
    expect(archiveConfigShape.safeParse({ ...base, ARCHIVE_LOCATIONS: 'x=s3://' }).success).toBe(false);
  });
});
