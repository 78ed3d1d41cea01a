import { loadConfigOrExit } from '@mam/config';
import { createLogger } from '@mam/logger';
import { createBus, runUntilSignal } from '@mam/runtime';
import { assetsConfigShape } from './config';
import { createAssetsService } from './service';

const config = loadConfigOrExit(assetsConfigShape);
const logger = createLogger('assets', config.LOG_LEVEL);
const bus = createBus({ brokers: config.KAFKA_BROKERS, topicPrefix: config.KAFKA_TOPIC_PREFIX, clientId: 'assets', logger });
runUntilSignal(createAssetsService(config, { bus, logger }), bus, logger);
