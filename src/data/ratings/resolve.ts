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

/**
 * The rating of a verdict that has no score (a badge's `rating` and `label`): the explicit rating,
 * else the label's, else `unrated`. Apart from `resolveRating` so that a page with only badges does
 * not download the reading of scores.
 */
export function resolveLabelledRating(rating: unknown, label: unknown): Rating {
  return isRating(rating) ? rating : (ratingFromLabel(label) ?? 'unrated');
}
