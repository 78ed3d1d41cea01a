import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import type { EditingMedia } from '../domain/collections/plan-editing-clips';
import { assetRepository } from '../repositories/asset.repository';

export const EditingExportMediaResolvers = {
  /** The version as an entity, so the gateway can fetch ingest's renditions (with signed URLs) beside it. */
  version(media: EditingMedia, _args: unknown, context: AssetsContext) {
    return assetRepository(context.dataSource).findVersion(requireIdentity(context), media.versionId);
  },
};
