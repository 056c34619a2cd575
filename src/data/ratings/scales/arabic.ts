import type { RatingScale } from '../labels.js';

/**
 * Arabic: Misbar, Fatabyyano, AFP Arabic, Akeed and others. Diacritics and tatweel are folded
 * away by `normalizeLabel`, so "جزئياً" and "جزئيا" are one label; the two common spellings of
 * the hamza in "خاطئ" are both listed.
 */
export const arabicScale: RatingScale = {
  صحيح: 'true',
  حقيقي: 'true',
  'صحيح في معظمه': 'mostly-true',
  'صحيح إلى حد كبير': 'mostly-true',
  'صحيح جزئيا': 'mixed',
  'زائف جزئيا': 'mixed',
  'خطأ جزئيا': 'mixed',
  'نصف صحيح': 'mixed',
  'زائف في معظمه': 'mostly-false',
  زائف: 'false',
  خطأ: 'false',
  خاطئ: 'false',
  خاطىء: 'false',
  كاذب: 'false',
  مفبرك: 'false',
  ملفق: 'false',
  مزيف: 'false',
  مضلل: 'misleading',
  مبالغ: 'misleading',
  'مبالغ فيه': 'misleading',
  'خارج السياق': 'misleading',
  'سياق ناقص': 'misleading',
  'يفتقر إلى السياق': 'misleading',
  'غير مؤكد': 'unproven',
  'غير مثبت': 'unproven',
  'بلا دليل': 'unproven',
  ساخر: 'satire',
  سخرية: 'satire',
};
