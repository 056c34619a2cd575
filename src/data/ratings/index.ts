export { RATINGS, isRating, type Rating } from './rating.js';
export { normalizeLabel, ratingFromLabel, registerRatingScale, loadRatingScales, type RatingScale } from './labels.js';
export { ratingFromScore, type RatingScore } from './score.js';
export { resolveRating } from './resolve.js';
export { allScales } from './scales/index.js';
export { scalePosition, type ScalePosition } from './scale-position.js';
export { verdictConclusion } from './conclusion.js';
