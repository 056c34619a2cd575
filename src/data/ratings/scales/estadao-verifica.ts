import type { RatingScale } from '../labels.js';

/**
 * Estadão Verifica (Brazil), https://www.estadao.com.br/estadao-verifica/ (methodology in its
 * "Como trabalhamos" note). Written from memory: no copy of the page was found to read, and these
 * are the labels its checks carry as I recall them.
 *
 * - Verdadeiro → true.
 * - Impreciso: partly accurate, with wrong details → mixed.
 * - Enganoso: real content used to suggest something untrue → misleading.
 * - Fora de contexto: real, shown in another context → misleading.
 * - Falso: made up or edited → false.
 * - Sátira → satire.
 */
export const estadaoVerificaScale: RatingScale = {
  Verdadeiro: 'true',
  Impreciso: 'mixed',
  Enganoso: 'misleading',
  'Fora de contexto': 'misleading',
  Falso: 'false',
  Sátira: 'satire',
};
