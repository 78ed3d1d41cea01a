import type { CollectionMembers } from '@mam/asset-access';
import type { DataSource } from '@mam/db';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import type { MasterReader } from '@mam/versions';
import type { ArchiveLocation } from '../locations/archive-location';

/** What archive's use cases and jobs work with. */
export interface ArchiveDeps {
  dataSource: DataSource;
  /** The online tier, where ingest stores masters and renditions. */
  online: BlobStorage;
  /** Reads the masters that are not on the online tier's volume (ingested in place at a storage source) from ingest. */
  masters: MasterReader;
  /** A folder on the online tier's volume for files on their way in (a rename moves them into place). */
  incomingDir: string;
  /** A collection's assets as a person may see them (a smart collection: what its saved search finds now), from assets. */
  collectionMembers: CollectionMembers;
  locations: ArchiveLocation[];
  copies: number;
  logger: Logger;
}

/** A failure that another try cannot fix: the job fails at once with this reason. */
export class PermanentArchiveError extends Error {
  override name = 'PermanentArchiveError';
}

export const SYSTEM_ACTOR = { subject: 'archive', workspaceId: '', kind: 'system' as const };
