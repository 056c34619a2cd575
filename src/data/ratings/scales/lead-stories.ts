import type { RatingScale } from '../labels.js';

/** Lead Stories. */
export const leadStoriesScale: RatingScale = {
  True: 'true',
  'Mostly True': 'mostly-true',
  'Partly False': 'mixed',
  False: 'false',
  'Not True': 'false',
  Fake: 'false',
  'Fake News': 'false',
  Hoax: 'false',
  Scam: 'false',
  Altered: 'false',
  Misleading: 'misleading',
  'Missing Context': 'misleading',
  'Not Proven': 'unproven',
  'No Evidence': 'unproven',
  Satire: 'satire',
};
