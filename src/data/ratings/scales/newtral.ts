import type { RatingScale } from '../labels.js';

/**
 * Newtral (Spain), https://www.newtral.es/metodologia-transparencia/ . Written from memory: no copy
 * of the page was found to read. Its four ratings for statements and hoaxes alike:
 *
 * - Verdadero: true, with nothing significant missing → true.
 * - Verdad a medias: true in part, or missing data that matter → mixed.
 * - Engañoso: real facts presented so as to mislead → misleading.
 * - Falso → false.
 */
export const newtralScale: RatingScale = {
  Verdadero: 'true',
  'Verdad a medias': 'mixed',
  Engañoso: 'misleading',
  Falso: 'false',
};
