import type { RatingScale } from '../labels.js';

/**
 * Aos Fatos (Brazil), https://www.aosfatos.org/nosso-m%C3%A9todo/ . Read: a stored copy of the page
 * ("classificamos a declaração com uma das cinco categorias: verdadeiro, impreciso, exagerado,
 * falso ou insustentável"; "VERDADEIRO: a declaração é condizente com os fatos e não carece de
 * contextualização"). The other definitions, and the seals added later (contraditório,
 * distorcido), are from memory of the same page.
 *
 * - Verdadeiro: consistent with the facts, needs no context → true.
 * - Impreciso: needs context to be true, or mixes right and wrong data → mixed (the middle of the
 *   scale, as in `portuguese.ts`).
 * - Exagerado: on the right track, but overstated → misleading (the direction is right, the
 *   impression is not).
 * - Distorcido: true data bent to an untrue conclusion → misleading.
 * - Contraditório: contradicts what the same speaker said before → unrated (it rates the speaker's
 *   consistency, not the claim, like PolitiFact's Flip-O-Meter).
 * - Insustentável: no public data supports it → unproven (not shown false; unsupported).
 * - Falso → false.
 */
export const aosFatosScale: RatingScale = {
  Verdadeiro: 'true',
  Impreciso: 'mixed',
  Exagerado: 'misleading',
  Distorcido: 'misleading',
  Contraditório: 'unrated',
  Insustentável: 'unproven',
  Falso: 'false',
};
