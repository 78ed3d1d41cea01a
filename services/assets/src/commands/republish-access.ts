import { loadConfigOrExit } from '@mam/config';
import { createDataSource, type DataSource } from '@mam/db';
import { createLogger } from '@mam/logger';
import { assetsConfigShape } from '../config';
import { refreshAssetAccess } from '../domain/access/refresh-asset-access';
import { assetRepository } from '../repositories/asset.repository';
import { assetsEntities, assetsMigrations } from '../service';

const SYSTEM_ACTOR = { subject: 'access-republish', workspaceId: '*', kind: 'system' as const };

/**
 * Recomputes every asset's access list and publishes it again as `asset.access-changed`, so other
 * services' projections (a new service, a restored database, assets from before access control)
 * catch up. Each batch commits on its own; running it twice is harmless.
 */
export async function republishAccess(dataSource: DataSource): Promise<number> {
  let count = 0;
  for await (const batch of assetRepository(dataSource).all()) {
    await dataSource.transaction((manager) =>
      refreshAssetAccess(
        manager,
        batch.map((a) => a.id),
        SYSTEM_ACTOR,
        { always: true },
      ),
    );
    count += batch.length;
  }
  return count;
}

async function main() {
  const config = loadConfigOrExit(assetsConfigShape);
  const logger = createLogger('assets-access-republish', config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    entities: assetsEntities,
    migrations: assetsMigrations,
  });
  await dataSource.initialize();
  try {
    const count = await republishAccess(dataSource);
    logger.info({ count }, 'access lists republished');
    process.stdout.write(`Published the access lists of ${count} assets\n`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
}
