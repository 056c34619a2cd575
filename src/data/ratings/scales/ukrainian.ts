import type { RatingScale } from '../labels.js';

/** Ukrainian: VoxCheck, StopFake, Detector Media, Behind the News and others. */
export const ukrainianScale: RatingScale = {
  Правда: 'true',
  'Переважно правда': 'mostly-true',
  Напівправда: 'mixed',
  'Частково правда': 'mixed',
  'Частково неправда': 'mixed',
  Неточно: 'mixed',
  'Переважно неправда': 'mostly-false',
  Неправда: 'false',
  Брехня: 'false',
  Фейк: 'false',
  Маніпуляція: 'misleading',
  Оманливо: 'misleading',
  Перебільшення: 'misleading',
  'Без контексту': 'misleading',
  'Поза контекстом': 'misleading',
  'Вирвано з контексту': 'misleading',
  'Не підтверджено': 'unproven',
  Непідтверджено: 'unproven',
  'Недостатньо доказів': 'unproven',
  Сатира: 'satire',
};
