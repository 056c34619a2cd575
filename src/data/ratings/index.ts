export { RATINGS, isRating, type Rating } from './rating.js';
export { normalizeLabel, ratingFromLabel, registerRatingScale, type RatingScale } from './labels.js';
export { ratingFromScore, type RatingScore } from './score.js';
export { resolveRating } from './resolve.js';
