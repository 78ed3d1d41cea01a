import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  bulkSetAssetMetadata as bulkSetAssetMetadataUseCase,
  type BulkSetAssetMetadataInput,
} from '../domain/metadata/bulk-set-asset-metadata';

export function bulkSetAssetMetadata(
  _root: unknown,
  args: { input: BulkSetAssetMetadataInput },
  context: AssetsContext,
) {
  return bulkSetAssetMetadataUseCase(context.dataSource, requireWriter(context), args.input);
}
