import type { Rating } from './rating.js';

export interface RatingScore {
  value: number;
  /** The best possible value; 5 when absent. */
  best?: number;
  /** The worst possible value; 1 when absent. */
  worst?: number;
}

/**
 * Maps a numeric score onto the true…false range by its position between worst and best, so any
 * scale direction or length works (1-5, 0-10, or best below worst). A score that cannot be read
 * (non-numeric, `-1` for "no score", outside its range, best equal to worst) gives `undefined`.
 */
export function ratingFromScore(score: RatingScore | undefined): Rating | undefined {
  if (!score) return undefined;
  const { value } = score;
  const best = score.best ?? 5;
  const worst = score.worst ?? 1;
  if (![value, best, worst].every(Number.isFinite) || best === worst) return undefined;
  const position = (value - worst) / (best - worst);
  if (position < 0 || position > 1) return undefined;
  if (position >= 0.875) return 'true';
  if (position >= 0.625) return 'mostly-true';
  if (position > 0.375) return 'mixed';
  if (position > 0.125) return 'mostly-false';
  return 'false';
}
