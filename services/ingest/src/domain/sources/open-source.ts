import { resolve } from 'node:path';
import {
  openCredentials,
  openLocalSource,
  openS3Source,
  openSftpSource,
  type S3SourceCredentials,
  type S3SourceSettings,
  type SftpSettings,
  type SourceReader,
} from '@mam/storage';
import type { IngestConfig } from '../../config';
import type { StorageSourceRow } from '../../repositories/storage-sources.repository';

/** Connects to a source with its credentials decrypted here, for this scan or job only. */
export async function openSource(
  row: Pick<StorageSourceRow, 'kind' | 'settings' | 'sealed_secret'>,
  config: Pick<IngestConfig, 'SOURCE_SECRET_KEY' | 'LOCAL_SOURCE_ROOT'>,
): Promise<SourceReader> {
  const secret = row.sealed_secret
    ? openCredentials(config.SOURCE_SECRET_KEY, row.sealed_secret, 'SOURCE_SECRET_KEY')
    : {};
  switch (row.kind) {
    case 'local':
      return openLocalSource(resolve(config.LOCAL_SOURCE_ROOT, String(row.settings.path)));
    case 'sftp':
      return openSftpSource(row.settings as unknown as SftpSettings, secret);
    case 's3':
      return openS3Source(row.settings as unknown as S3SourceSettings, secret as unknown as S3SourceCredentials);
  }
}
