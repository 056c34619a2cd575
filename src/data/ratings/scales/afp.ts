import type { RatingScale } from '../labels.js';

/** AFP Fact Check (English edition; AFP's other editions use the language scales). */
export const afpScale: RatingScale = {
  True: 'true',
  'Mostly true': 'mostly-true',
  'Partly false': 'mixed',
  False: 'false',
  Altered: 'false',
  Fabricated: 'false',
  Misleading: 'misleading',
  'Missing context': 'misleading',
  'Photo out of context': 'misleading',
  Unsupported: 'unproven',
  Satire: 'satire',
};
