// The review service's public entry point.
export { reviewConfigShape, type ReviewConfig } from './config';
export { createReviewService } from './service';
