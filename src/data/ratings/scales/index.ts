import type { RatingScale } from '../labels.js';
// The word reader travels with the tables: a label read by its words needs them anyway.
export { readLabelByWords } from '../label-words.js';
import { englishScale } from './english.js';
import { politifactScale } from './politifact.js';
import { snopesScale } from './snopes.js';
import { washingtonPostScale } from './washington-post.js';
import { afpScale } from './afp.js';
import { fullFactScale } from './full-fact.js';
import { factcheckOrgScale } from './factcheck-org.js';
import { reutersScale } from './reuters.js';
import { leadStoriesScale } from './lead-stories.js';
import { africaCheckScale } from './africa-check.js';
import { correctivScale } from './correctiv.js';
import { spanishScale } from './spanish.js';
import { portugueseScale } from './portuguese.js';
import { frenchScale } from './french.js';
import { germanScale } from './german.js';
import { italianScale } from './italian.js';
import { russianScale } from './russian.js';
import { ukrainianScale } from './ukrainian.js';
import { armenianScale } from './armenian.js';
import { arabicScale } from './arabic.js';
import { hindiScale } from './hindi.js';
import { chineseScale } from './chinese.js';
// Publishers in other languages, after the language scales (they agree with them; the tests check).
import { aosFatosScale } from './aos-fatos.js';
import { lupaScale } from './lupa.js';
import { comprovaScale } from './comprova.js';
import { estadaoVerificaScale } from './estadao-verifica.js';
import { animalPoliticoScale } from './animal-politico.js';
import { chequeadoScale } from './chequeado.js';
import { malditaScale } from './maldita.js';
import { newtralScale } from './newtral.js';
import { newscheckerScale } from './newschecker.js';
import { vishvasNewsScale } from './vishvas-news.js';
import { boomScale } from './boom.js';
import { factlyScale } from './factly.js';
import { teyitScale } from './teyit.js';
import { misbarScale } from './misbar.js';
import { fatabyyanoScale } from './fatabyyano.js';
import { fipScale } from './fip.js';
import { stopFakeScale } from './stopfake.js';
import { voxCheckScale } from './voxcheck.js';
import { proverenoScale } from './provereno.js';
import { mythDetectorScale } from './myth-detector.js';
import { factCheckGeorgiaScale } from './factcheck-georgia.js';
import { faktyoxlaScale } from './faktyoxla.js';
import { taiwanFactCheckCenterScale } from './taiwan-factcheck-center.js';

/**
 * Every built-in scale by name, registered in this order at start-up (a later scale would win a
 * label two scales both list, but the scales agree wherever they overlap; the tests check that).
 */
export const scalesByName = {
  englishScale,
  politifactScale,
  snopesScale,
  washingtonPostScale,
  afpScale,
  fullFactScale,
  factcheckOrgScale,
  reutersScale,
  leadStoriesScale,
  africaCheckScale,
  correctivScale,
  spanishScale,
  portugueseScale,
  frenchScale,
  germanScale,
  italianScale,
  russianScale,
  ukrainianScale,
  armenianScale,
  arabicScale,
  hindiScale,
  chineseScale,
  aosFatosScale,
  lupaScale,
  comprovaScale,
  estadaoVerificaScale,
  animalPoliticoScale,
  chequeadoScale,
  malditaScale,
  newtralScale,
  newscheckerScale,
  vishvasNewsScale,
  boomScale,
  factlyScale,
  teyitScale,
  misbarScale,
  fatabyyanoScale,
  fipScale,
  stopFakeScale,
  voxCheckScale,
  proverenoScale,
  mythDetectorScale,
  factCheckGeorgiaScale,
  faktyoxlaScale,
  taiwanFactCheckCenterScale,
} as const satisfies Record<string, RatingScale>;

/** Every built-in scale, in the order of {@link scalesByName}. */
export const allScales: readonly RatingScale[] = Object.values(scalesByName);
