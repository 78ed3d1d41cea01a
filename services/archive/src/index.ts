// The archive service's public entry point.
export { archiveConfigShape, type ArchiveConfig } from './config';
export { createArchiveService } from './service';
