import type { RatingScale } from '../labels.js';

/**
 * Portuguese: Brazilian and Portuguese fact-checkers (Lupa, Aos Fatos, Estadão Verifica,
 * Polígrafo, AFP Checamos). Polígrafo's "Pimenta na língua" is its "pants on fire".
 */
export const portugueseScale: RatingScale = {
  Verdadeiro: 'true',
  Verdade: 'true',
  Correto: 'true',
  'Verdadeiro, mas': 'mostly-true',
  'Maioritariamente verdadeiro': 'mostly-true',
  'Parcialmente verdadeiro': 'mixed',
  'Parcialmente falso': 'mixed',
  'Meia verdade': 'mixed',
  Impreciso: 'mixed',
  'Maioritariamente falso': 'mostly-false',
  Falso: 'false',
  'Pimenta na língua': 'false',
  Montagem: 'false',
  Fabricado: 'false',
  Golpe: 'false',
  Enganoso: 'misleading',
  Exagerado: 'misleading',
  Distorcido: 'misleading',
  Subestimado: 'misleading',
  Descontextualizado: 'misleading',
  'Sem contexto': 'misleading',
  'Fora de contexto': 'misleading',
  'Falta contexto': 'misleading',
  Insustentável: 'unproven',
  'Não comprovado': 'unproven',
  'Sem comprovação': 'unproven',
  'Ainda é cedo para dizer': 'unproven',
  Sátira: 'satire',
};
