import type { RatingScale } from '../labels.js';

/**
 * Full Fact. It has no fixed scale and often writes a short conclusion instead; these are the
 * short verdicts it uses most. Anything else keeps its words and shows as unrated.
 */
export const fullFactScale: RatingScale = {
  Correct: 'true',
  'Mostly correct': 'mostly-true',
  'Partly correct': 'mixed',
  'Not quite': 'mixed',
  Incorrect: 'false',
  Wrong: 'false',
  Misleading: 'misleading',
  'Missing context': 'misleading',
  'Needs context': 'misleading',
  'No evidence': 'unproven',
  'Not supported by the evidence': 'unproven',
  Unsupported: 'unproven',
};
