import type { RatingScale } from '../labels.js';

/**
 * Teyit (Turkey), https://teyit.org/metodoloji . Read in part (a stored copy: scanning,
 * selection and prioritisation; its publishing principles say a claim shown wrong by evidence is
 * "yanlış bilgi", never "yalan haber"); the labels themselves from memory of its checks.
 *
 * - Doğru: true → true.
 * - Karışık: true and false parts together → mixed.
 * - Yanıltıcı: misleading → misleading; Bağlamından koparılmış (taken out of context) → misleading.
 * - Yanlış: false → false.
 * - Belirsiz: the evidence does not settle it → unproven.
 * - Hiciv / Mizah: satire, humour → satire.
 *
 * Its badges are in capitals, and `toLowerCase` folds "I" to "i" and "İ" to "i̇", never to the
 * Turkish "ı" and "i": the capitalised spellings of the labels with those letters are listed too.
 */
export const teyitScale: RatingScale = {
  Doğru: 'true',
  Karışık: 'mixed',
  Yanıltıcı: 'misleading',
  'Bağlamından koparılmış': 'misleading',
  Yanlış: 'false',
  Belirsiz: 'unproven',
  Hiciv: 'satire',
  Mizah: 'satire',
  KARIŞIK: 'mixed',
  YANILTICI: 'misleading',
  YANLIŞ: 'false',
  BELİRSİZ: 'unproven',
};
