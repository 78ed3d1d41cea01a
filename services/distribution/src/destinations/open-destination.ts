import type { DestinationRow } from '../repositories/destinations.repository';
import { openSecret } from '../domain/destinations/destination-secrets';
import { DestinationRefusedError, type DestinationConnection } from './destination-client';
import { openFolderDestination } from './folder-destination';
import type { S3Credentials, S3Settings } from './s3-destination';
import { openSftpDestination, type SftpSettings } from './sftp-destination';
import type { DownloadLinks } from './download-links';
import { openWebhookDestination, type OutputAbout, type WebhookSettings } from './webhook-destination';

export interface DestinationKeys {
  folderRoot: string;
  secretKey: string;
  /** Webhooks: where outputs wait for their download, how their URLs are signed, how long an endpoint may take. */
  downloads?: { dir: string; links: DownloadLinks; timeoutMs: number };
  /** Webhooks: what the notice says the output is of. */
  about?: OutputAbout;
}

/** Connects to a destination with its credentials decrypted here, for this transfer only. */
export async function openDestination(row: DestinationRow, keys: DestinationKeys): Promise<DestinationConnection> {
  const secret = row.sealed_secret ? openSecret(keys.secretKey, row.sealed_secret) : {};
  switch (row.kind) {
    case 'folder':
      return openFolderDestination(keys.folderRoot, String(row.settings.path));
    case 'sftp':
      return openSftpDestination(row.settings as unknown as SftpSettings, secret);
    case 's3': {
      // The AWS SDK (tens of MiB resident) loads with the first S3 delivery, not when the service starts.
      const { openS3Destination } = await import('./s3-destination');
      return openS3Destination(row.settings as unknown as S3Settings, secret as unknown as S3Credentials);
    }
    case 'webhook':
      if (!keys.downloads)
        throw new DestinationRefusedError('this service cannot sign download URLs (no DOWNLOAD_SIGNING_SECRET)');
      return openWebhookDestination(row.settings as unknown as WebhookSettings, secret, {
        downloadDir: keys.downloads.dir,
        links: keys.downloads.links,
        timeoutMs: keys.downloads.timeoutMs,
        about: keys.about,
      });
  }
}
