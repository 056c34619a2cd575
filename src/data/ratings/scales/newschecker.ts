import type { RatingScale } from '../labels.js';

/**
 * Newschecker (India; English, Hindi and other Indian languages),
 * https://newschecker.in/methodology . Written from memory: no copy of the page was found to read.
 * The English labels it writes in `alternateName`, and the Hindi ones of Newschecker Hindi:
 *
 * - True / सच → true.
 * - Partly True / आंशिक रूप से सच: accurate in part → mixed.
 * - Misleading / भ्रामक → misleading; Missing Context → misleading.
 * - False / गलत, Altered Photo, Altered Video: the media was edited → false.
 * - Satire → satire.
 */
export const newscheckerScale: RatingScale = {
  True: 'true',
  'Partly True': 'mixed',
  Misleading: 'misleading',
  'Missing Context': 'misleading',
  False: 'false',
  'Altered Photo': 'false',
  'Altered Video': 'false',
  Satire: 'satire',
  सच: 'true',
  'आंशिक रूप से सच': 'mixed',
  भ्रामक: 'misleading',
  गलत: 'false',
};
