// The assets service's public entry point: what the composition root, tools, tests and benchmarks use.
export { assetsConfigShape, type AssetsConfig } from './config';
export { assetsEntities, assetsMigrations, createAssetsService, createSearchIndex } from './service';
export type { AssetsContext } from './context';
export { rebuildSearchIndex } from './commands/rebuild-search-index';
export { prepareFirstSignIn } from './domain/accounts/first-run';
// Parts benchmarks drive directly, beside their baselines.
export { AssetEntity } from './entities/asset.entity';
export { createAsset } from './domain/assets/create-asset';
export { assets as queryAssets } from './resolvers/query-assets';
export { buildSearchBody } from './search/elasticsearch-query';
export { searchReaders } from './domain/access/asset-access';
export { createElasticsearchIndex } from './search/elasticsearch-index';
export { createPostgresIndex } from './search/postgres-index';
export type { AssetSearchDocument, SearchRequest, SearchSegment } from './search/search-index';
