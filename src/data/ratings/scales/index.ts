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

export {
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
};

/**
 * Every built-in scale, registered in this order at start-up (a later scale would win a label two
 * scales both list, but the scales agree wherever they overlap; the tests check that).
 */
export const allScales: readonly RatingScale[] = [
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
];
