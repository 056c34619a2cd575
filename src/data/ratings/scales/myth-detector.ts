import type { RatingScale } from '../labels.js';

/**
 * Myth Detector (Georgia; Media Development Foundation), https://mythdetector.ge/en/methodology/ .
 * Read in part (a stored copy: selection, verification through open sources, evaluation, and the
 * source's track record; its selection asks "does it involve the manipulation of facts? Does it look
 * like half-truth and cherry-picking?"); the labels themselves from memory of its checks, in
 * Georgian and English.
 *
 * - ყალბი ამბავი / Fake news, დეზინფორმაცია / Disinformation → false.
 * - ფოტომანიპულაცია / Photo manipulation: a doctored image → false.
 * - მანიპულაცია / Manipulation: real facts in a distorting frame → misleading.
 * - კონტექსტის გარეშე / Without context → misleading.
 * - სატირა / Satire → satire.
 */
export const mythDetectorScale: RatingScale = {
  'ყალბი ამბავი': 'false',
  დეზინფორმაცია: 'false',
  ფოტომანიპულაცია: 'false',
  მანიპულაცია: 'misleading',
  'კონტექსტის გარეშე': 'misleading',
  სატირა: 'satire',
  'Fake news': 'false',
  Disinformation: 'false',
  'Photo manipulation': 'false',
  Manipulation: 'misleading',
  'Without context': 'misleading',
  Satire: 'satire',
};
