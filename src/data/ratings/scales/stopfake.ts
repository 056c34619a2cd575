import type { RatingScale } from '../labels.js';

/**
 * StopFake (Ukraine; Ukrainian, Russian, English and other editions), https://www.stopfake.org/en/about-us/ .
 * Written from memory: no copy of the page was found to read. It debunks rather than grades; its
 * reviews are labelled:
 *
 * - Фейк / Fake → false.
 * - Дезінформація / Дезинформация / Disinformation: false, spread on purpose → false.
 * - Маніпуляція / Манипуляция / Manipulation: real facts given a false frame → misleading (the
 *   sense FactCheck Georgia defines; not "Manipulated", doctored media, which is false).
 * - Неправда (the same word in Ukrainian and Russian) → false.
 */
export const stopFakeScale: RatingScale = {
  Фейк: 'false',
  Fake: 'false',
  Дезінформація: 'false',
  Дезинформация: 'false',
  Disinformation: 'false',
  Маніпуляція: 'misleading',
  Манипуляция: 'misleading',
  Manipulation: 'misleading',
  Неправда: 'false',
};
