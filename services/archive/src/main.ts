import { runService } from '@mam/runtime';
import { archiveConfigShape } from './config';
import { createArchiveService } from './service';

runService('archive', archiveConfigShape, createArchiveService);
