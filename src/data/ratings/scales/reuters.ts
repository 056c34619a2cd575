import type { RatingScale } from '../labels.js';

/** Reuters Fact Check. */
export const reutersScale: RatingScale = {
  True: 'true',
  'Mostly true': 'mostly-true',
  'Partly false': 'mixed',
  'Mostly false': 'mostly-false',
  False: 'false',
  Altered: 'false',
  Fabricated: 'false',
  Misleading: 'misleading',
  'Missing context': 'misleading',
  Unsupported: 'unproven',
  Unproven: 'unproven',
  Satire: 'satire',
  Parody: 'satire',
};
