import type { RatingScale } from '../labels.js';

/**
 * Maldita.es (Spain: Maldito Bulo, Maldito Dato, Maldito Timo),
 * https://maldita.es/metodologia-de-maldito-bulo . Read in part (a stored copy: how it selects by
 * virality and danger, checks only verifiable facts, and applies the same "tipología" whoever the
 * claim is about); the labels themselves from memory of its checks.
 *
 * - Bulo / Falso: a hoax, false → false.
 * - Engañoso: true elements that lead to a false conclusion → misleading.
 * - Sin contexto: missing the context that changes its meaning → misleading.
 * - Sin evidencias: nothing supports it → unproven ("Sin evidencia", singular, is in
 *   `spanish.ts`; Maldita writes the plural).
 * - Timo: a scam (Maldito Timo) → false, as Snopes' "Scam".
 * - Sátira → satire.
 * - Verdadero (Maldito Dato) → true.
 */
export const malditaScale: RatingScale = {
  Bulo: 'false',
  Falso: 'false',
  Engañoso: 'misleading',
  'Sin contexto': 'misleading',
  'Sin evidencias': 'unproven',
  Timo: 'false',
  Sátira: 'satire',
  Verdadero: 'true',
};
