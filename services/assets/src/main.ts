import { runService } from '@mam/runtime';
import { assetsConfigShape } from './config';
import { createAssetsService } from './service';

runService('assets', assetsConfigShape, createAssetsService);
