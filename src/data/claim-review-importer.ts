import type { FromClaimReviewOptions, FromClaimReviewResult } from './claim-review/from-claim-review.js';

/**
 * Where the synchronous document reader finds the ClaimReview importer. The importer (and every
 * rating scale, which it brings along) is the larger half of the data layer, so the reader does not
 * import it: the CDN bundle loads it as a chunk on the first input that needs it, and
 * `fact-verdict/data` provides it at import. Whoever has loaded it hands it over here.
 */
export interface ClaimReviewImporter {
  isClaimReviewLike(input: unknown): boolean;
  fromClaimReview(input: unknown, options?: FromClaimReviewOptions): FromClaimReviewResult;
}

let importer: ClaimReviewImporter | undefined;

/** Makes ClaimReview readable by `readDocumentsSync` (pass the `claim-review/index.js` module). */
export function provideClaimReviewImporter(loaded: ClaimReviewImporter): void {
  importer = { isClaimReviewLike: loaded.isClaimReviewLike, fromClaimReview: loaded.fromClaimReview };
}

/** The importer once provided, otherwise `undefined`. */
export function claimReviewImporter(): ClaimReviewImporter | undefined {
  return importer;
}
