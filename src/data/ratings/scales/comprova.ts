import type { RatingScale } from '../labels.js';

/**
 * Projeto Comprova (Brazil; a coalition led by Abraji), https://projetocomprova.com.br/about/ .
 * Written from memory of its labels; what could be read (stored news pages, September 2025) says
 * Comprova stopped labelling checks "falso" and "enganoso" from June 2025. Its earlier checks,
 * still published with ClaimReview, carry these:
 *
 * - Comprovado: a true fact, a confirmed event or place, original content published unedited →
 *   true.
 * - Enganoso: taken out of its original context, uses imprecise data, or leads to a reading its
 *   author did not intend → misleading.
 * - Falso: invented, or edited to change its meaning, and spread to pass off a falsehood → false.
 * - Sátira: memes, parodies and imitations meant as humour → satire.
 */
export const comprovaScale: RatingScale = {
  Comprovado: 'true',
  Enganoso: 'misleading',
  Falso: 'false',
  Sátira: 'satire',
};
