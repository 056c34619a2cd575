import type { RatingScale } from '../labels.js';

/**
 * Misbar (Arabic and English), https://www.misbar.com/en/our-methodology . Read in part (a stored
 * copy: the editorial policy, evidentiality, transparency, non-partisanship, corrections); the
 * classification names read from its stored monthly indexes ("مؤشر مسبار": counts of checks rated
 * مضلل, زائف, انتقائي, صحيح and إثارة); their meanings, and ساخر, from memory.
 *
 * - صحيح / True → true.
 * - مضلل / Misleading: real material presented to suggest something untrue → misleading.
 * - انتقائي / Selective: facts picked to support a conclusion the whole does not → misleading
 *   (like FactCheck.org's "Cherry Picks").
 * - إثارة / Sensational: a real event blown up to provoke → misleading (like "Exaggerated").
 * - زائف / Fake: false or fabricated → false.
 * - ساخر / Satire → satire.
 */
export const misbarScale: RatingScale = {
  صحيح: 'true',
  True: 'true',
  مضلل: 'misleading',
  Misleading: 'misleading',
  انتقائي: 'misleading',
  Selective: 'misleading',
  إثارة: 'misleading',
  Sensational: 'misleading',
  زائف: 'false',
  Fake: 'false',
  ساخر: 'satire',
  Satire: 'satire',
};
