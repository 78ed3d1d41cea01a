// The ingest service's public entry point: what the composition root, tests and benchmarks use.
export { ingestConfigShape, type IngestConfig } from './config';
export { createIngestService } from './service';
// The upload steps benchmarks and tests drive directly.
export { beginUpload } from './domain/begin-upload';
export { receiveUpload } from './domain/receive-upload';
