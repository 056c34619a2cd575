import { findReviews } from './find-reviews.js';
import { isNode } from './values.js';

/**
 * True when `fromClaimReview` would find a review in the input (any shape it accepts, or the
 * JSON text of one); false for a FactCheck document, which has `claim` and `verdict` objects, and
 * for anything else. Lets the embed accept either format without being told which.
 */
export function isClaimReviewLike(input: unknown): boolean {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return false;
    }
  }
  if (isNode(value) && isNode(value.claim) && isNode(value.verdict)) return false;
  return findReviews(value).length > 0;
}
