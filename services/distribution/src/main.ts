import { runService } from '@mam/runtime';
import { distributionConfigShape } from './config';
import { createDistributionService } from './service';

runService('distribution', distributionConfigShape, createDistributionService);
