import type { RatingScale } from '../labels.js';

/**
 * Africa Check. "Checked" is used where a claim cannot be rated (a prediction, an opinion, a
 * figure with no better source), so it is not a truth rating.
 */
export const africaCheckScale: RatingScale = {
  Correct: 'true',
  'Mostly correct': 'mostly-true',
  'Partly correct': 'mixed',
  Unproven: 'unproven',
  Misleading: 'misleading',
  Exaggerated: 'misleading',
  Downplayed: 'misleading',
  Understated: 'misleading',
  Incorrect: 'false',
  Fake: 'false',
  Checked: 'unrated',
};
