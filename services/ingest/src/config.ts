import { serviceConfigShape, type z } from '@mam/config';

/** Environment of the ingest service, validated at start. */
export const ingestConfigShape = serviceConfigShape(4002);
export type IngestConfig = z.infer<typeof ingestConfigShape>;
