import type { RatingScale } from '../labels.js';

/**
 * VoxCheck (Ukraine; VoxUkraine), https://voxcheck.voxukraine.org/ (methodology under "How VoxCheck
 * works"). Read in part (a stored copy of its English page: "click and check", open data only, two
 * editorial board signatures per check); the verdicts from memory of its database, "Антологія
 * брехні".
 *
 * - Правда / True → true.
 * - Перебільшення / Exaggeration: right in direction, overstated → misleading.
 * - Маніпуляція / Manipulation: facts arranged to mislead → misleading.
 * - Неправда / False → false.
 * - Недостатньо даних: not enough data to rate → unproven.
 */
export const voxCheckScale: RatingScale = {
  Правда: 'true',
  True: 'true',
  Перебільшення: 'misleading',
  Exaggeration: 'misleading',
  Маніпуляція: 'misleading',
  Manipulation: 'misleading',
  Неправда: 'false',
  False: 'false',
  'Недостатньо даних': 'unproven',
};
