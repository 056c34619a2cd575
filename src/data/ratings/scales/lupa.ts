import type { RatingScale } from '../labels.js';

/**
 * Agência Lupa (Brazil), "Entenda as etiquetas da Lupa",
 * https://lupa.uol.com.br/institucional/2015/10/15/entenda-as-etiquetas-da-lupa . Written from
 * memory: no copy of the page was found to read.
 *
 * - Verdadeiro: proven correct → true.
 * - Verdadeiro, mas: correct, but the reader deserves more explanation → mostly-true.
 * - Ainda é cedo para dizer: may become true, is not yet → unproven.
 * - Exagerado: on the right track, but exaggerated → misleading (a direction-right,
 *   size-wrong claim leaves a false impression; it is not false).
 * - Subestimado: the data are more serious than the claim says → misleading (the mirror of
 *   Exagerado).
 * - Contraditório: contradicts what the same source said before → unrated (about the source's
 *   consistency, not the claim's truth).
 * - Insustentável: no public data proves it → unproven.
 * - Falso: proven incorrect → false.
 * - De olho: a monitoring label, the claim is being watched → unrated (no verdict yet).
 */
export const lupaScale: RatingScale = {
  Verdadeiro: 'true',
  'Verdadeiro, mas': 'mostly-true',
  'Verdadeiro mas': 'mostly-true',
  'Ainda é cedo para dizer': 'unproven',
  Exagerado: 'misleading',
  Subestimado: 'misleading',
  Contraditório: 'unrated',
  Insustentável: 'unproven',
  Falso: 'false',
  'De olho': 'unrated',
};
