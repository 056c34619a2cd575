import type { RatingScale } from '../labels.js';

/**
 * Provereno.media (Russian; registered in Estonia), https://provereno.media/ (its page of "плашки",
 * the verdict stickers). Read in part, in two stored copies: a translation of the page
 * (17 stickers "borrowed from Snopes": "Правда", then "mostly true", "most likely true", "not
 * true", "mostly not true", "most likely not true", "a mixture of truth and lies in about equal
 * proportions", "not enough information ... we cannot reliably confirm or refute it", and real,
 * unaltered material that misleads "since accompanied by false explanatory material") and an
 * encyclopedia draft listing the rest (satirical news, legend, out of context, misattributed,
 * misquotation, scam). Only "Правда" was legible in Russian; the other Russian names are mine,
 * from memory of its checks. Its misattribution and misquotation stickers are left out: I do not
 * know their Russian wording.
 *
 * - Правда → true; В основном правда (true, some details inaccurate) → mostly-true.
 * - Скорее всего, правда: almost sure it is true, without irrefutable proof → mostly-true (it
 *   leans true; the caveat is the one step down).
 * - Полуправда: truth and lies in about equal parts → mixed.
 * - В основном неправда (false at its core, some details true) → mostly-false.
 * - Скорее всего, неправда: almost sure it is false, without irrefutable proof → mostly-false.
 * - Неправда → false; Мошенничество (scam) → false.
 * - Вне контекста: real, unaltered material with a false explanation → misleading.
 * - Не доказано: cannot be confirmed or refuted → unproven; Легенда → unproven (as Snopes).
 * - Сатира → satire.
 */
export const proverenoScale: RatingScale = {
  Правда: 'true',
  'В основном правда': 'mostly-true',
  'Скорее всего, правда': 'mostly-true',
  'Скорее всего правда': 'mostly-true',
  Полуправда: 'mixed',
  'В основном неправда': 'mostly-false',
  'Скорее всего, неправда': 'mostly-false',
  'Скорее всего неправда': 'mostly-false',
  Неправда: 'false',
  Мошенничество: 'false',
  'Вне контекста': 'misleading',
  'Не доказано': 'unproven',
  Легенда: 'unproven',
  Сатира: 'satire',
};
