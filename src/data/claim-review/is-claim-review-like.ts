import { findReviews } from './find-reviews.js';
import { parseInput } from './parse-input.js';
import { snapshot } from './snapshot.js';
import { isNode } from './values.js';

/**
 * True when `fromClaimReview` would find a review in the input (any shape it accepts, or the
 * JSON text of one); false for a FactCheck document, which has `claim` and `verdict` objects, and
 * for anything else. Lets the embed accept either format without being told which. Never throws:
 * input that cannot be read is not ClaimReview.
 */
export function isClaimReviewLike(input: unknown): boolean {
  try {
    const parsed = parseInput(input);
    if (!parsed.ok) return false;
    const value = snapshot(parsed.value, []);
    if (isNode(value) && isNode(value.claim) && isNode(value.verdict)) return false;
    return findReviews(value, 1).length > 0;
  } catch {
    return false;
  }
}
