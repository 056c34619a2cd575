import type { RatingScale } from '../labels.js';

/**
 * Spanish: the labels of Spanish and Latin American fact-checkers (Maldita, Newtral, EFE
 * Verifica, Chequeado, Colombiacheck, AFP Factual). "Impreciso" (partly inaccurate) shows as
 * mixed; Chequeado's "Insostenible" (no data can sustain it) as unproven. Its "Inchequeable" (a
 * piece with nothing checkable in it) is not a verdict on evidence: see `chequeado.ts`.
 */
export const spanishScale: RatingScale = {
  Verdadero: 'true',
  Cierto: 'true',
  Verdad: 'true',
  Correcto: 'true',
  'Mayormente verdadero': 'mostly-true',
  'Mayormente cierto': 'mostly-true',
  'Verdadero, pero': 'mostly-true',
  'Casi verdadero': 'mostly-true',
  'Verdad a medias': 'mixed',
  'Media verdad': 'mixed',
  'Parcialmente verdadero': 'mixed',
  'Parcialmente cierto': 'mixed',
  'Parcialmente falso': 'mixed',
  Impreciso: 'mixed',
  Discutible: 'mixed',
  'Mayormente falso': 'mostly-false',
  Falso: 'false',
  Bulo: 'false',
  Montaje: 'false',
  Manipulado: 'false',
  Inventado: 'false',
  Estafa: 'false',
  Engañoso: 'misleading',
  Exagerado: 'misleading',
  'Sin contexto': 'misleading',
  'Falta contexto': 'misleading',
  'Fuera de contexto': 'misleading',
  'Sacado de contexto': 'misleading',
  'Sin evidencia': 'unproven',
  'Sin pruebas': 'unproven',
  'No verificable': 'unproven',
  Insostenible: 'unproven',
  Sátira: 'satire',
  Satírico: 'satire',
};
