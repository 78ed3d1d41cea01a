import { loadConfigOrExit } from '@mam/config';
import { createDataSource } from '@mam/db';
import { createLogger } from '@mam/logger';
import { assetsConfigShape } from '../config';
import { assetRepository } from '../repositories/asset.repository';
import { searchDocumentsOf } from '../search/search-document';
import { assetsEntities, assetsMigrations, createSearchIndex } from '../service';

/** Rebuilds the whole search index from the assets database (assets, file names, tags, metadata, media facts); search keeps answering meanwhile. */
async function main() {
  const config = loadConfigOrExit(assetsConfigShape);
  const logger = createLogger('assets-search-rebuild', config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    entities: assetsEntities,
    migrations: assetsMigrations,
  });
  await dataSource.initialize();
  const search = createSearchIndex(config, { dataSource });
  try {
    const count = await rebuildSearchIndex(dataSource, search);
    logger.info({ count, engine: search.engine }, 'search index rebuilt');
    process.stdout.write(`Indexed ${count} assets into ${search.engine}\n`);
  } finally {
    await search.close();
    await dataSource.destroy();
  }
}

export async function rebuildSearchIndex(
  dataSource: import('@mam/db').DataSource,
  search: import('../search/search-index').AssetSearchIndex,
): Promise<number> {
  async function* documents() {
    for await (const batch of assetRepository(dataSource).all())
      yield await searchDocumentsOf(dataSource.manager, batch);
  }
  return search.rebuild(documents());
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
}
