import { runService } from '@mam/runtime';
import { ingestConfigShape } from './config';
import { createIngestService } from './service';

runService('ingest', ingestConfigShape, createIngestService);
