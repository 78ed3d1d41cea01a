import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchiveConfig } from '../config';
import type { ArchiveLocation } from './archive-location';
import { createFilesystemLocation } from './filesystem-location';
import { createS3Location } from './s3-location';

/** The configured archive locations, in the order copies are written: folders and S3 buckets. */
export function openArchiveLocations(config: ArchiveConfig): ArchiveLocation[] {
  return config.ARCHIVE_LOCATIONS.map((location) => {
    if (location.kind === 's3')
      return createS3Location(location.name, {
        endpoint: config.ARCHIVE_S3_ENDPOINT,
        region: config.ARCHIVE_S3_REGION,
        bucket: location.bucket,
        prefix: location.prefix,
        forcePathStyle: config.ARCHIVE_S3_FORCE_PATH_STYLE,
        accessKeyId: config.ARCHIVE_S3_ACCESS_KEY_ID,
        secretAccessKey: config.ARCHIVE_S3_SECRET_ACCESS_KEY,
        storageClass: config.ARCHIVE_S3_STORAGE_CLASS,
        restoreDays: config.ARCHIVE_S3_RESTORE_DAYS,
      });
    mkdirSync(location.path, { recursive: true });
    return createFilesystemLocation(location.name, resolve(location.path), {
      coldRestoreSeconds: config.ARCHIVE_COLD_LOCATIONS.get(location.name),
    });
  });
}
