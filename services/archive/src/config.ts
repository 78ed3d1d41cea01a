import { serviceConfigShape, z } from '@mam/config';

/** `name=/path,name2=/path2`: the archive locations, in the order copies are written. */
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
            /^[a-z0-9][a-z0-9-]*=\/.+$/,
            'each location must be name=/absolute/path (name: lower-case letters, digits, dashes)',
          ),
      ),
    )
    .transform((entries) =>
      entries.map((entry) => ({ name: entry.slice(0, entry.indexOf('=')), path: entry.slice(entry.indexOf('=') + 1) })),
    )
    .refine((entries) => new Set(entries.map((e) => e.name)).size === entries.length, 'location names must be unique');

/** Environment of the archive service, validated at start. */
export const archiveConfigShape = serviceConfigShape('archive')
  .extend({
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
  })
  .superRefine((config, context) => {
    for (const name of config.ARCHIVE_COLD_LOCATIONS.keys()) {
      if (!config.ARCHIVE_LOCATIONS.some((location) => location.name === name))
        context.addIssue({
          code: 'custom',
          path: ['ARCHIVE_COLD_LOCATIONS'],
          message: `${name} is not one of ARCHIVE_LOCATIONS`,
        });
    }
  });
export type ArchiveConfig = z.infer<typeof archiveConfigShape>;
export type LocationSetting = ArchiveConfig['ARCHIVE_LOCATIONS'][number];
