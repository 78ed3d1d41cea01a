import { loadConfigOrExit } from '@mam/config';
import { createLogger } from '@mam/logger';
// Only the signal handling: the package's index loads the services' runtime (TypeORM, Kafka).
import { runUntilSignal } from '@mam/runtime/run-until-signal';
import { gatewayConfigShape } from './config';
import { createGateway } from './gateway';

const config = loadConfigOrExit(gatewayConfigShape);
const logger = createLogger('gateway', config.LOG_LEVEL);
runUntilSignal(createGateway(config, { logger }), logger);
