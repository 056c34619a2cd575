import type { RatingScale } from '../labels.js';

/** CORRECTIV.Faktencheck (German); general German labels are in `german.ts`. */
export const correctivScale: RatingScale = {
  Richtig: 'true',
  'Größtenteils richtig': 'mostly-true',
  'Teilweise falsch': 'mixed',
  'Größtenteils falsch': 'mostly-false',
  Falsch: 'false',
  Manipuliert: 'false',
  'Frei erfunden': 'false',
  'Fehlender Kontext': 'misleading',
  'Falscher Kontext': 'misleading',
  Unbelegt: 'unproven',
  Satire: 'satire',
};
