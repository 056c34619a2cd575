/** ClaimReview import and export (for the lead to re-export from `src/data/index.ts`). */
export { fromClaimReview, type FromClaimReviewOptions, type FromClaimReviewResult } from './from-claim-review.js';
export { isClaimReviewLike } from './is-claim-review-like.js';
export { toClaimReview, type ClaimReviewOptions } from './to-claim-review.js';
