import { isRating, type Rating } from './rating.js';
import { ratingFromLabel } from './labels.js';
import { ratingFromScore, type RatingScore } from './score.js';

/**
 * The rating to show for a verdict: an explicit normalized rating first, then the publisher's
 * label when it is known, then a usable score, otherwise `unrated` (the label is still shown).
 */
export function resolveRating(verdict: { rating?: unknown; label?: unknown; score?: RatingScore }): Rating {
  if (isRating(verdict.rating)) return verdict.rating;
  return ratingFromLabel(verdict.label) ?? ratingFromScore(verdict.score) ?? 'unrated';
}
