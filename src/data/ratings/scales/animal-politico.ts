import type { RatingScale } from '../labels.js';

/**
 * El Sabueso, Animal Político (Mexico), https://animalpolitico.com/verificacion-de-hechos/metodologia .
 * Written from memory: no copy of the methodology page was found to read (a stored article of
 * theirs speaks of "mentiras, frases engañosas o sin sustento", in line with the scale below).
 *
 * - Verdadero → true.
 * - Verdad a medias: correct in part, leaving out what matters → mixed.
 * - Discutible: holds or fails depending on the data or method chosen → mixed.
 * - Engañoso: true elements arranged to mislead → misleading.
 * - Inflado: the figure is blown up → misleading (like "Exaggerated").
 * - Falso → false.
 * - Ridículo: false and absurd → false (its "pants on fire").
 * - Sin pruebas / No se puede probar: no evidence either way → unproven.
 */
export const animalPoliticoScale: RatingScale = {
  Verdadero: 'true',
  'Verdad a medias': 'mixed',
  Discutible: 'mixed',
  Engañoso: 'misleading',
  Inflado: 'misleading',
  Falso: 'false',
  Ridículo: 'false',
  'Sin pruebas': 'unproven',
  'No se puede probar': 'unproven',
};
