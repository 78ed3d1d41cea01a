import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { AssetSearchIndex } from './search/search-index';

export interface AssetsContext extends RequestContext {
  dataSource: DataSource;
  search: AssetSearchIndex;
  /** The gateway's public URL (may be empty), for links the service hands out. */
  publicBaseUrl?: string;
}
