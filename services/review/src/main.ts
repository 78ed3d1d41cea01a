import { runService } from '@mam/runtime';
import { reviewConfigShape } from './config';
import { createReviewService } from './service';

runService('review', reviewConfigShape, createReviewService);
