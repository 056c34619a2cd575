import type { RatingScale } from '../labels.js';

/**
 * Chequeado (Argentina), https://chequeado.com/metodo/ . Read in part (a stored copy: the eight
 * steps, ending "8. Calificar", "Este es el sistema de calificaciones que usamos", and the first
 * rating, "Inchequeable: se utiliza exclusivamente para corpus definidos, como un spot de campaña o
 * un folleto. En las afirmaciones bajo análisis no se encontró ninguna que esté b[asada en datos]");
 * the other definitions from memory of the same page.
 *
 * - Verdadero: the claim is correct → true.
 * - Verdadero, pero: correct, but needs clarifying → mostly-true.
 * - Discutible: correct or not depending on the method or source, where these are contested →
 *   mixed (the middle of the scale, as in `spanish.ts`).
 * - Apresurado: rests on data or events not yet confirmed, or on premature projections →
 *   unproven.
 * - Engañoso: uses real data to reach a wrong conclusion or impression → misleading.
 * - Exagerado: right direction, overstated → misleading.
 * - Insostenible: no data can sustain it → unproven.
 * - Falso: incorrect → false.
 * - Inchequeable: only for a whole piece (a campaign spot, a leaflet) in which no claim rests on
 *   checkable data → unrated. Resolved: `spanish.ts` had it as unproven; the page says it is not a
 *   verdict on evidence (there was nothing to check), so it moved here, as unrated.
 */
export const chequeadoScale: RatingScale = {
  Verdadero: 'true',
  'Verdadero, pero': 'mostly-true',
  'Verdadero pero': 'mostly-true',
  Discutible: 'mixed',
  Apresurado: 'unproven',
  Engañoso: 'misleading',
  Exagerado: 'misleading',
  Insostenible: 'unproven',
  Falso: 'false',
  Inchequeable: 'unrated',
};
