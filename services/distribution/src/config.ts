import { serviceConfigShape, type z } from '@mam/config';

/** Environment of the distribution service, validated at start. */
export const distributionConfigShape = serviceConfigShape('distribution');
export type DistributionConfig = z.infer<typeof distributionConfigShape>;
