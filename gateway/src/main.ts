import { loadConfigOrExit } from '@mam/config';
import { createLogger } from '@mam/logger';
import { runUntilSignal } from '@mam/runtime';
import { gatewayConfigShape } from './config';
import { createGateway } from './gateway';

const config = loadConfigOrExit(gatewayConfigShape);
const logger = createLogger('gateway', config.LOG_LEVEL);
runUntilSignal(createGateway(config, { logger }), logger);
