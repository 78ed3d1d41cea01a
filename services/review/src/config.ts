import { serviceConfigShape, type z } from '@mam/config';

/** Environment of the review service, validated at start. */
export const reviewConfigShape = serviceConfigShape('review');
export type ReviewConfig = z.infer<typeof reviewConfigShape>;
