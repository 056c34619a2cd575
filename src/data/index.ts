/**
 * The data layer: the FactCheck format, validation, URL safety, dates, ratings and ClaimReview.
 * Plain TypeScript with no DOM and no lit, shared by the elements, the server renderer and the CLI.
 */
export * from './fact-check/schema.js';
export * from './fact-check/json-schema.js';
export * from './fact-check/read.js';
export * from './fact-check/read-parts.js';
export * from './fact-check/milestones.js';
export * from './read-documents.js';
export * from './read-documents-sync.js';
export * from './group-reviews.js';
export * from './limits.js';
export * from './claim-review/index.js';
export * from './problems.js';
export * from './unreadable.js';
export * from './safe-url.js';
export * from './plain-url.js';
export * from './dates.js';
export * from './date-pattern.js';
export * from './ratings/index.js';
// Code that uses the data layer directly knows every publisher's labels at once, and reads
// ClaimReview synchronously (readDocumentsSync).
import './ratings/scales/register-all.js';
import { fromClaimReview, isClaimReviewLike } from './claim-review/index.js';
import { provideClaimReviewImporter } from './claim-review-importer.js';

provideClaimReviewImporter({ fromClaimReview, isClaimReviewLike });
