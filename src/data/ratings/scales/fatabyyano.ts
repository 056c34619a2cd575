import type { RatingScale } from '../labels.js';

/**
 * Fatabyyano (فتبينوا, Jordan; pan-Arab), https://fatabyyano.net/methodology/ . Written from memory:
 * no copy of the page was found to read.
 *
 * - صحيح: true → true.
 * - زائف جزئياً: partly fake, true and false parts mixed → mixed.
 * - عنوان مضلل: the headline misleads about an accurate body → misleading.
 * - مضلل: misleading → misleading.
 * - زائف: fake → false.
 * - ساخر: satire → satire.
 * - رأي: an opinion, not a checkable claim → unrated.
 */
export const fatabyyanoScale: RatingScale = {
  صحيح: 'true',
  'زائف جزئياً': 'mixed',
  'عنوان مضلل': 'misleading',
  مضلل: 'misleading',
  زائف: 'false',
  ساخر: 'satire',
  رأي: 'unrated',
};
