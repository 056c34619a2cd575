import type { RatingScale } from '../labels.js';

/**
 * BOOM (India and Bangladesh; BOOM Live, BOOM Hindi, BOOM Bangla), https://www.boomlive.in/methodology .
 * Written from memory: no copy of the page was found to read. BOOM has no graded truth scale; the
 * claim-review labels it uses most:
 *
 * - True → true.
 * - Misleading, Missing Context → misleading.
 * - False, Fake, Altered (edited media), Scam → false.
 * - Sarcasm, Satire: a joke taken as fact → satire.
 * - Hindi: सच → true, भ्रामक → misleading, फ़र्ज़ी (fake) → false. Bengali: সত্য → true,
 *   বিভ্রান্তিকর → misleading, মিথ্যা → false.
 */
export const boomScale: RatingScale = {
  True: 'true',
  Misleading: 'misleading',
  'Missing Context': 'misleading',
  False: 'false',
  Fake: 'false',
  Altered: 'false',
  Scam: 'false',
  Sarcasm: 'satire',
  Satire: 'satire',
  सच: 'true',
  भ्रामक: 'misleading',
  फ़र्ज़ी: 'false',
  সত্য: 'true',
  বিভ্রান্তিকর: 'misleading',
  মিথ্যা: 'false',
};
