import type { RatingScale } from '../labels.js';

/**
 * The Washington Post Fact Checker's Pinocchio Test, mapped by the paper's own glosses: one
 * Pinocchio is "similar to mostly true", two "similar to half true", three "the realm of mostly
 * false", four "whoppers"; the Geppetto Checkmark is "the truth, the whole truth"; a Bottomless
 * Pinocchio is a four-Pinocchio claim repeated many times. The Upside-Down Pinocchio marks a
 * change of position, not a truth rating.
 */
export const washingtonPostScale: RatingScale = {
  'One Pinocchio': 'mostly-true',
  '1 Pinocchio': 'mostly-true',
  'Two Pinocchios': 'mixed',
  '2 Pinocchios': 'mixed',
  'Three Pinocchios': 'mostly-false',
  '3 Pinocchios': 'mostly-false',
  'Four Pinocchios': 'false',
  '4 Pinocchios': 'false',
  'Geppetto Checkmark': 'true',
  'The Geppetto Checkmark': 'true',
  'Bottomless Pinocchio': 'false',
  'Upside-Down Pinocchio': 'unrated',
  'Verdict Pending': 'unrated',
};
