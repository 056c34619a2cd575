import type { RatingScale } from '../labels.js';

/**
 * FactCheck Georgia ("ფაქტ-მეტრი", https://factcheck.ge/en/ ; Georgian, English and Armenian
 * editions). Read: each verdict's gloss as its stored result pages print it beside the verdict.
 *
 * - სიმართლე / True: "the statement is accurate and nothing significant is missing" → true.
 * - მეტწილად სიმართლე / Mostly True: "accurate, but requires additional information and/or
 *   definition" → mostly-true.
 * - ნახევრად სიმართლე / Half True: "partly accurate, but the details are missing or some of the
 *   issues are without context" → mixed.
 * - მეტწილად მცდარი / Mostly False: "contains elements of truth, but ignores important facts that
 *   could give a different impression" → mostly-false.
 * - მცდარი / False: inaccurate → false.
 * - ტყუილი / Lie: "inaccurate and the assertion in it is absurd" → false (its "pants on fire").
 * - მანიპულირება / Manipulation: "the facts/numbers are more or less correct, but the full context
 *   is deliberately distorted" → misleading.
 * - ყალბი ამბავი / Fake News: fabricated or manipulative information spread by a media outlet,
 *   politician or page → false.
 * - სატირა / Satire: "exaggeration, irony, sarcasm or satire", absurd, which an ordinary reader may
 *   not take as satire → satire.
 * - ვერდიქტის გარეშე / Without verdict: "the verification of the statement can not be evaluated" →
 *   unrated.
 * - Armenian edition: Ճշմարտություն, Մեծ մասամբ ճշմարտություն, Կիսով չափ ճշմարտություն,
 *   Մեծ մասամբ սխալ, Սխալ, Սուտ, Մանիպուլյացիա, Կեղծ լուր, Առանց վճռի — the same verdicts.
 */
export const factCheckGeorgiaScale: RatingScale = {
  სიმართლე: 'true',
  'მეტწილად სიმართლე': 'mostly-true',
  'ნახევრად სიმართლე': 'mixed',
  'მეტწილად მცდარი': 'mostly-false',
  მცდარი: 'false',
  ტყუილი: 'false',
  მანიპულირება: 'misleading',
  'ყალბი ამბავი': 'false',
  სატირა: 'satire',
  'ვერდიქტის გარეშე': 'unrated',
  True: 'true',
  'Mostly True': 'mostly-true',
  'Half True': 'mixed',
  'Mostly False': 'mostly-false',
  False: 'false',
  Lie: 'false',
  Manipulation: 'misleading',
  'Fake News': 'false',
  Satire: 'satire',
  'Without verdict': 'unrated',
  Ճշմարտություն: 'true',
  'Մեծ մասամբ ճշմարտություն': 'mostly-true',
  'Կիսով չափ ճշմարտություն': 'mixed',
  'Մեծ մասամբ սխալ': 'mostly-false',
  Սխալ: 'false',
  Սուտ: 'false',
  Մանիպուլյացիա: 'misleading',
  'Կեղծ լուր': 'false',
  'Առանց վճռի': 'unrated',
};
