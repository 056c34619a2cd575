import type { RatingScale } from '../labels.js';

/**
 * German: dpa-Faktencheck, BR24 #Faktenfuchs, AFP Faktencheck, APA and others (CORRECTIV's own
 * scale is in `correctiv.ts`). "Grösstenteils" is the Swiss spelling, and also what an all-caps
 * "GRÖSSTENTEILS" folds to.
 */
export const germanScale: RatingScale = {
  Richtig: 'true',
  Wahr: 'true',
  Stimmt: 'true',
  'Größtenteils richtig': 'mostly-true',
  'Grösstenteils richtig': 'mostly-true',
  'Überwiegend richtig': 'mostly-true',
  'Größtenteils wahr': 'mostly-true',
  'Grösstenteils wahr': 'mostly-true',
  'Überwiegend wahr': 'mostly-true',
  Halbwahr: 'mixed',
  Halbwahrheit: 'mixed',
  'Teilweise richtig': 'mixed',
  'Teilweise wahr': 'mixed',
  'Teilweise falsch': 'mixed',
  'Größtenteils falsch': 'mostly-false',
  'Grösstenteils falsch': 'mostly-false',
  'Überwiegend falsch': 'mostly-false',
  Falsch: 'false',
  'Stimmt nicht': 'false',
  Gefälscht: 'false',
  Manipuliert: 'false',
  'Frei erfunden': 'false',
  Erfunden: 'false',
  Irreführend: 'misleading',
  'Fehlender Kontext': 'misleading',
  'Falscher Kontext': 'misleading',
  'Aus dem Kontext gerissen': 'misleading',
  Übertrieben: 'misleading',
  Unbelegt: 'unproven',
  Unbewiesen: 'unproven',
  'Nicht belegt': 'unproven',
  Satire: 'satire',
};
