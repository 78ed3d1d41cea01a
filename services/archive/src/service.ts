import { join } from 'node:path';
import { ASSET_ACCESS_MIGRATIONS, assetAccessConsumer } from '@mam/asset-access';
import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema } from '@mam/runtime';
import { VERSION_MIGRATIONS, versionProjectionConsumers } from '@mam/versions';
import type { ArchiveConfig } from './config';
import type { ArchiveContext } from './context';
import { registerAsset } from './domain/register-asset';
import { registerVersion } from './domain/register-version';
import { ArchiveAssetEntity } from './entities/archive-asset.entity';
import { CreateArchive1764400000500 } from './migrations/1764400000500-create-archive';
import { CreateArchiveVersions1764400000510 } from './migrations/1764400000510-create-archive-versions';
import { resolvers } from './resolvers';

/** The archive service. */
export function createArchiveService(config: ArchiveConfig, deps: { bus: EventBus; logger: Logger }) {
  return createServiceRuntime<ArchiveContext>({
    name: 'archive',
    databaseUrl: config.DATABASE_URL,
    entities: [ArchiveAssetEntity],
    migrations: [...ASSET_ACCESS_MIGRATIONS, ...VERSION_MIGRATIONS, CreateArchive1764400000500, CreateArchiveVersions1764400000510],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource }),
    consumers: (dataSource) => [
      assetAccessConsumer({ service: 'archive', dataSource, bus: deps.bus, logger: deps.logger, apply: registerAsset }),
      ...versionProjectionConsumers({ service: 'archive', dataSource, bus: deps.bus, logger: deps.logger, onVersion: registerVersion }),
    ],
  });
}
