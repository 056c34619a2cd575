import type { RatingScale } from '../labels.js';

/**
 * Factly (India; English and Telugu), https://factly.in/methodology/ . Written from memory: no copy
 * of the page was found to read. Its checks end "the claim made in the post is FALSE", and the
 * review carries that word:
 *
 * - True / నిజం → true.
 * - Partly True → mixed.
 * - Misleading / తప్పుదోవ పట్టించే → misleading; Missing Context → misleading.
 * - False / తప్పు, Fake → false.
 * - Unverified, Insufficient Evidence → unproven.
 * - Satire → satire.
 */
export const factlyScale: RatingScale = {
  True: 'true',
  'Partly True': 'mixed',
  Misleading: 'misleading',
  'Missing Context': 'misleading',
  False: 'false',
  Fake: 'false',
  Unverified: 'unproven',
  'Insufficient Evidence': 'unproven',
  Satire: 'satire',
  నిజం: 'true',
  'తప్పుదోవ పట్టించే': 'misleading',
  తప్పు: 'false',
};
