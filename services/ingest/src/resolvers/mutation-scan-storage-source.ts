import type { IngestContext } from '../context';
import { requestSourceScan } from '../domain/sources/request-source-scan';

/** "Scan now". */
export const scanStorageSource = (_root: unknown, args: { id: string }, context: IngestContext) =>
  requestSourceScan(context, args.id);
