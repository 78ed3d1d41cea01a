// The gateway's public entry point.
export { gatewayConfigShape, type GatewayConfig } from './config';
export { createGateway, type Gateway, type GatewayDeps } from './gateway';
