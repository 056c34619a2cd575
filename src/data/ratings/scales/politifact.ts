import type { RatingScale } from '../labels.js';

/**
 * PolitiFact: the Truth-O-Meter, plus the Flip-O-Meter and the Promise meters. Flip-O-Meter
 * ratings say whether a politician changed position, and promise ratings whether a promise was
 * kept; neither says whether a claim is true, so they map to `unrated` (the publisher's words
 * still show, and a known `unrated` label keeps a numeric score from inventing a truth rating).
 */
export const politifactScale: RatingScale = {
  True: 'true',
  'Mostly True': 'mostly-true',
  'Half True': 'mixed',
  'Mostly False': 'mostly-false',
  False: 'false',
  'Pants on Fire': 'false',
  'Full Flop': 'unrated',
  'Half Flip': 'unrated',
  'No Flip': 'unrated',
  'Promise Kept': 'unrated',
  'Promise Broken': 'unrated',
  Compromise: 'unrated',
  'In the Works': 'unrated',
  Stalled: 'unrated',
  'Not Yet Rated': 'unrated',
};
