import type { RatingScale } from '../labels.js';

/** Armenian: Fact Investigation Platform (FIP), Media.am, CivilNet Check and others. */
export const armenianScale: RatingScale = {
  Ճիշտ: 'true',
  Ճշմարտություն: 'true',
  Իրական: 'true',
  'Հիմնականում ճիշտ': 'mostly-true',
  Կիսաճշմարտություն: 'mixed',
  'Մասամբ ճիշտ': 'mixed',
  'Մասամբ սխալ': 'mixed',
  'Մասամբ սուտ': 'mixed',
  'Հիմնականում սխալ': 'mostly-false',
  'Հիմնականում սուտ': 'mostly-false',
  Սուտ: 'false',
  Կեղծ: 'false',
  Սխալ: 'false',
  Կեղծիք: 'false',
  Մանիպուլյացիա: 'misleading',
  Ապակողմնորոշիչ: 'misleading',
  Չափազանցություն: 'misleading',
  'Համատեքստից դուրս': 'misleading',
  Չհաստատված: 'unproven',
  Անհիմն: 'unproven',
  Երգիծանք: 'satire',
};
