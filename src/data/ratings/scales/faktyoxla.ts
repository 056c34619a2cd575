import type { RatingScale } from '../labels.js';

/**
 * Faktyoxla (Azerbaijan), https://faktyoxla.info/ (its "Metodologiya" page). Written from memory:
 * no copy of the page was found to read.
 *
 * - Həqiqət / Doğru: true → true.
 * - Yarımhəqiqət / Qismən doğru: half true, partly right → mixed.
 * - Manipulyasiya: real facts twisted to mislead → misleading; Yanıltıcı → misleading;
 *   Kontekstdən kənar (out of context) → misleading.
 * - Yalan: a lie → false; Saxta: fake → false; Yanlış: wrong → false.
 * - Satira → satire.
 *
 * Capitalised spellings of labels with "ı" or "İ" are listed too (see `teyit.ts`).
 */
export const faktyoxlaScale: RatingScale = {
  Həqiqət: 'true',
  Doğru: 'true',
  Yarımhəqiqət: 'mixed',
  'Qismən doğru': 'mixed',
  Manipulyasiya: 'misleading',
  Yanıltıcı: 'misleading',
  'Kontekstdən kənar': 'misleading',
  Yalan: 'false',
  Saxta: 'false',
  Yanlış: 'false',
  Satira: 'satire',
  YARIMHƏQİQƏT: 'mixed',
  MANİPULYASİYA: 'misleading',
  YANLIŞ: 'false',
};
