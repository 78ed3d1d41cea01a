import { serviceConfigShape, type z } from '@mam/config';

/** Environment of the distribution service, validated at start. */
export const distributionConfigShape = serviceConfigShape(4004);
export type DistributionConfig = z.infer<typeof distributionConfigShape>;
