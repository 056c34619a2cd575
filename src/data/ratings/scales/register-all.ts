/**
 * Registers every built-in scale at import. `fact-verdict/data` imports this so that code using the
 * data layer directly (a CMS plugin, the CLI, server rendering) knows every label synchronously;
 * the elements do not, and load the scales lazily instead (see `loadRatingScales`).
 */
import { registerBuiltInScales } from '../labels.js';
import { allScales, readLabelByWords } from './index.js';

registerBuiltInScales(allScales, readLabelByWords);
