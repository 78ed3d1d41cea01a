// The distribution service's public entry point.
export { distributionConfigShape, type DistributionConfig } from './config';
export { createDistributionService } from './service';
