import type { RatingScale } from '../labels.js';

/** FactCheck.org: no truth scale, but these recurring verdicts in its ClaimReview markup. */
export const factcheckOrgScale: RatingScale = {
  False: 'false',
  Misleading: 'misleading',
  'Distorts the Facts': 'misleading',
  'Cherry Picks': 'misleading',
  'Spins the Facts': 'misleading',
  Exaggerates: 'misleading',
  'Not the Whole Story': 'misleading',
  'Needs Context': 'misleading',
  'Baseless Claim': 'unproven',
  'No Evidence': 'unproven',
};
