import type { RatingScale } from '../labels.js';

/**
 * Fact Investigation Platform, FIP (Armenia; Union of Informed Citizens),
 * https://fip.am/en/methodology . Read in part (a stored copy: its structure and code of conduct,
 * "do not manipulate, do not distort the speech"); the verdicts read from its site's stored
 * "Փաստաչափ" (fact-meter) menu: ՍԽԱԼ, ՄԵԾԱՄԱՍԱՄԲ ՍԽԱԼ, ԱՌԱՆՑ ՎՃՌԻ, ՄԵԾԱՄԱՍԱՄԲ ՃԻՇՏ, ՃԻՇՏ,
 * ՖԵՅՔ, ՄԱՆԻՊՈՒԼՅԱՏԻՎ; its English names from memory.
 *
 * - Ճիշտ / True → true; Մեծամասամբ ճիշտ / Mostly true → mostly-true.
 * - Մեծամասամբ սխալ / Mostly false → mostly-false; Սխալ / False → false.
 * - Ֆեյք / Fake: fabricated → false.
 * - Մանիպուլյատիվ / Manipulative: real facts twisted to mislead → misleading.
 * - Առանց վճռի / Without verdict: cannot be rated → unrated.
 */
export const fipScale: RatingScale = {
  Ճիշտ: 'true',
  'Մեծամասամբ ճիշտ': 'mostly-true',
  'Մեծամասամբ սխալ': 'mostly-false',
  Սխալ: 'false',
  Ֆեյք: 'false',
  Մանիպուլյատիվ: 'misleading',
  'Առանց վճռի': 'unrated',
  'Mostly true': 'mostly-true',
  'Mostly false': 'mostly-false',
  Manipulative: 'misleading',
  'Without verdict': 'unrated',
};
