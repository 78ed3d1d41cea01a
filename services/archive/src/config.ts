import { serviceConfigShape, type z } from '@mam/config';

/** Environment of the archive service, validated at start. */
export const archiveConfigShape = serviceConfigShape('archive');
export type ArchiveConfig = z.infer<typeof archiveConfigShape>;
