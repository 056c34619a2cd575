import type { RatingScale } from '../labels.js';

/**
 * Vishvas News (India; Jagran New Media, in Hindi, English, Urdu, Bengali and other languages),
 * https://www.vishvasnews.com/our-methodology/ . Written from memory: no copy of the page was found
 * to read. Its three verdicts, in the languages it publishes most:
 *
 * - सच / True / سچ (Urdu) / সত্য (Bengali): the claim is true → true.
 * - भ्रामक / Misleading / گمراہ کن / বিভ্রান্তিকর: partly true, or true but presented to mislead →
 *   misleading.
 * - झूठ / False / جھوٹ / মিথ্যা: the claim is false → false.
 */
export const vishvasNewsScale: RatingScale = {
  सच: 'true',
  True: 'true',
  سچ: 'true',
  সত্য: 'true',
  भ्रामक: 'misleading',
  Misleading: 'misleading',
  'گمراہ کن': 'misleading',
  বিভ্রান্তিকর: 'misleading',
  झूठ: 'false',
  False: 'false',
  جھوٹ: 'false',
  মিথ্যা: 'false',
};
