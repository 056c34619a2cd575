import type { RatingScale } from '../labels.js';

/**
 * Italian: Facta, Open Fact-checking, and Pagella Politica's own scale ("C'eri quasi", "Nì",
 * "Pinocchio andante", "Panzana pazzesca").
 */
export const italianScale: RatingScale = {
  Vero: 'true',
  Corretto: 'true',
  "C'eri quasi": 'mostly-true',
  'In gran parte vero': 'mostly-true',
  'Parzialmente vero': 'mixed',
  'Parzialmente falso': 'mixed',
  Nì: 'mixed',
  Impreciso: 'mixed',
  'Pinocchio andante': 'mostly-false',
  'In gran parte falso': 'mostly-false',
  Falso: 'false',
  'Panzana pazzesca': 'false',
  'Notizia falsa': 'false',
  Bufala: 'false',
  Manipolato: 'false',
  Truffa: 'false',
  Fuorviante: 'misleading',
  Esagerato: 'misleading',
  Decontestualizzato: 'misleading',
  'Contesto mancante': 'misleading',
  'Manca di contesto': 'misleading',
  'Fuori contesto': 'misleading',
  'Non provato': 'unproven',
  'Non dimostrato': 'unproven',
  'Senza prove': 'unproven',
  Satira: 'satire',
};
