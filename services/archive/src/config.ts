import { serviceConfigShape, vars, z } from '@mam/config';

/** `name=/path,name2=s3://bucket/prefix`: the archive locations (folders or S3 buckets), in the order copies are written. */
const locations = () =>
  z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[a-z0-9][a-z0-9-]*=(\/.+|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[A-Za-z0-9._/-]*)?)$/,
            'each location must be name=/absolute/path or name=s3://bucket/prefix (name: lower-case letters, digits, dashes)',
          ),
      ),
    )
    .transform((entries) => entries.map(locationSetting))
    .refine((entries) => new Set(entries.map((e) => e.name)).size === entries.length, 'location names must be unique');

function locationSetting(entry: string) {
  const name = entry.slice(0, entry.indexOf('='));
  const where = entry.slice(entry.indexOf('=') + 1);
  if (!where.startsWith('s3://')) return { name, kind: 'filesystem' as const, path: where, bucket: '', prefix: '' };
  const [bucket, ...prefix] = where.slice('s3://'.length).split('/');
  return { name, kind: 's3' as const, path: '', bucket, prefix: prefix.filter(Boolean).join('/') };
}

/** Environment of the archive service, validated at start. */
export const archiveConfigShape = serviceConfigShape('archive')
  .extend({
    /** Ingest, which serves the masters not on the online tier's volume (those ingested in place at a storage source). */
    INGEST_URL: vars.serviceUrl('ingest'),
    /** Assets, which runs a saved search's query when a policy or bulk archive selects its collection. */
    ASSETS_URL: vars.serviceUrl('assets'),
    /** The online tier: the folder where ingest stores masters and renditions (a shared volume when several instances run). */
    ONLINE_STORAGE_DIR: z.string().min(1).default('.data/storage'),
    /** Archive locations (filesystem folders), `name=/path,…`; copies go to the first ARCHIVE_COPIES of them. */
    ARCHIVE_LOCATIONS: locations(),
    /** Locations that behave as a cold tier: `name=seconds,…`, a read waits that long after its restore is requested (a slow tier). */
    ARCHIVE_COLD_LOCATIONS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*=\d+$/, 'each cold location must be name=seconds')))
      .transform((entries) => new Map(entries.map((entry) => [entry.split('=')[0], Number(entry.split('=')[1])]))),
    /** The S3-compatible server of s3:// locations (unset: AWS S3 in ARCHIVE_S3_REGION). */
    ARCHIVE_S3_ENDPOINT: z.string().url().optional(),
    ARCHIVE_S3_REGION: z.string().min(1).default('us-east-1'),
    ARCHIVE_S3_ACCESS_KEY_ID: z.string().default(''),
    ARCHIVE_S3_SECRET_ACCESS_KEY: z.string().default(''),
    /** Path-style addressing (S3Proxy, MinIO); virtual-hosted style when false. */
    ARCHIVE_S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** The storage class archive objects are written with; GLACIER and DEEP_ARCHIVE are read after a RestoreObject. */
    ARCHIVE_S3_STORAGE_CLASS: z
      .enum(['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'])
      .default('DEEP_ARCHIVE'),
    /** How many days an S3 restore keeps its readable copy. */
    ARCHIVE_S3_RESTORE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** How many verified copies on different locations an archive needs before the master leaves the online tier. */
    ARCHIVE_COPIES: z.coerce.number().int().min(1).max(10).default(2),
    /** Whether this instance runs archive, restore and fixity work. */
    ARCHIVE_WORKER: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Fixity: bytes re-hashed per hour across all copies, oldest check first. */
    FIXITY_BYTES_PER_HOUR: z.coerce
      .number()
      .int()
      .min(0)
      .default(10 * 1024 ** 3),
    /** Fixity: how often the scheduler wakes; each wake checks its share of the hourly budget. 0 turns the schedule off. */
    FIXITY_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    /** How often scheduled archive policies are looked at (each runs at its own interval). 0 turns the schedule off. */
    ARCHIVE_POLICY_SCHEDULE_SECONDS: z.coerce.number().int().min(0).default(60),
  })
  .superRefine((config, context) => {
    if (
      config.ARCHIVE_LOCATIONS.some((location) => location.kind === 's3') &&
      (!config.ARCHIVE_S3_ACCESS_KEY_ID || !config.ARCHIVE_S3_SECRET_ACCESS_KEY)
    )
      context.addIssue({
        code: 'custom',
        path: ['ARCHIVE_S3_ACCESS_KEY_ID'],
        message: 's3:// locations need ARCHIVE_S3_ACCESS_KEY_ID and ARCHIVE_S3_SECRET_ACCESS_KEY',
      });
    for (const name of config.ARCHIVE_COLD_LOCATIONS.keys()) {
      if (!config.ARCHIVE_LOCATIONS.some((location) => location.name === name && location.kind === 'filesystem'))
        context.addIssue({
          code: 'custom',
          path: ['ARCHIVE_COLD_LOCATIONS'],
          message: `${name} is not one of the filesystem ARCHIVE_LOCATIONS (an S3 location's tier is its storage class)`,
        });
    }
  });
export type ArchiveConfig = z.infer<typeof archiveConfigShape>;
export type LocationSetting = ArchiveConfig['ARCHIVE_LOCATIONS'][number];
