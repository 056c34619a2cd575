import type { RatingScale } from '../labels.js';

/**
 * Snopes ratings. "Originated as Satire" (a satirical piece later taken as fact) shows as satire;
 * "Outdated" (true once, no longer) and "Miscaptioned" as misleading; "Misattributed" (the words
 * were said, but not by that person) as false; "Legend" (cannot be proved either way) as
 * unproven; "Research in Progress" is not a verdict yet.
 */
export const snopesScale: RatingScale = {
  True: 'true',
  'Mostly True': 'mostly-true',
  Mixture: 'mixed',
  'Mostly False': 'mostly-false',
  False: 'false',
  Unproven: 'unproven',
  Unfounded: 'unproven',
  Miscaptioned: 'misleading',
  'Correct Attribution': 'true',
  Misattributed: 'false',
  Satire: 'satire',
  'Labeled Satire': 'satire',
  Legend: 'unproven',
  'Lost Legend': 'unproven',
  Outdated: 'misleading',
  Scam: 'false',
  Fake: 'false',
  Legit: 'true',
  'Originated as Satire': 'satire',
  'Research in Progress': 'unrated',
};
