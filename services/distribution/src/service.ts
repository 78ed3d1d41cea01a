import { join } from 'node:path';
import { ASSET_ACCESS_MIGRATIONS, assetAccessConsumer } from '@mam/asset-access';
import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema } from '@mam/runtime';
import { VERSION_MIGRATIONS, versionProjectionConsumers } from '@mam/versions';
import type { DistributionConfig } from './config';
import type { DistributionContext } from './context';
import { registerAsset } from './domain/register-asset';
import { registerVersion } from './domain/register-version';
import { DistributionAssetEntity } from './entities/distribution-asset.entity';
import { CreateDistribution1764400000400 } from './migrations/1764400000400-create-distribution';
import { CreateVersionDistributions1764400000410 } from './migrations/1764400000410-create-version-distributions';
import { resolvers } from './resolvers';

/** The distribution service. */
export function createDistributionService(config: DistributionConfig, deps: { bus: EventBus; logger: Logger }) {
  return createServiceRuntime<DistributionContext>({
    name: 'distribution',
    databaseUrl: config.DATABASE_URL,
    entities: [DistributionAssetEntity],
    migrations: [...ASSET_ACCESS_MIGRATIONS, ...VERSION_MIGRATIONS, CreateDistribution1764400000400, CreateVersionDistributions1764400000410],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource }),
    consumers: (dataSource) => [
      assetAccessConsumer({ service: 'distribution', dataSource, bus: deps.bus, logger: deps.logger, apply: registerAsset }),
      ...versionProjectionConsumers({ service: 'distribution', dataSource, bus: deps.bus, logger: deps.logger, onVersion: registerVersion }),
    ],
  });
}
