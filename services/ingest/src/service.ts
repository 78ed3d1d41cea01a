import { join } from 'node:path';
import { assetCreatedConsumer, CreateAssetAccess1764400000050 } from '@mam/asset-access';
import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema } from '@mam/runtime';
import type { IngestConfig } from './config';
import type { IngestContext } from './context';
import { registerAsset } from './domain/register-asset';
import { IngestAssetEntity } from './entities/ingest-asset.entity';
import { CreateIngest1764400000200 } from './migrations/1764400000200-create-ingest';
import { resolvers } from './resolvers';

/** The ingest service. */
export function createIngestService(config: IngestConfig, deps: { bus: EventBus; logger: Logger }) {
  return createServiceRuntime<IngestContext>({
    name: 'ingest',
    databaseUrl: config.DATABASE_URL,
    entities: [IngestAssetEntity],
    migrations: [CreateAssetAccess1764400000050, CreateIngest1764400000200],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource }),
    consumers: (dataSource) => [assetCreatedConsumer({ service: 'ingest', dataSource, bus: deps.bus, logger: deps.logger, apply: registerAsset })],
  });
}
