// The visual regression plugin's settings, kept out of web-test-runner.config.mjs (which only adds
// `visualPlugin()` to its plugins and runs test/visual/ in a Chromium-only group).
//
// Baselines are committed under test/visual/baselines/<name>.png (Chromium only, so no browser in
// the path); a failing run writes the new screenshot and a diff image to test/visual/failed/
// (ignored by git) for a look. A baseline changes only on purpose:
//   npm run test:visual:update        (node test/visual/update.mjs: clears the baselines, redraws all)
// which sets FACT_VERDICT_UPDATE_VISUAL=1; `--update-visual-baseline` on a wtr command line works too.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export const updatingBaselines = process.env.FACT_VERDICT_UPDATE_VISUAL === '1' || process.argv.includes('--update-visual-baseline');

export function visualPlugin() {
  return visualRegressionPlugin({
    update: updatingBaselines,
    baseDir: here,
    getBaselineName: ({ name }) => `baselines/${name}`,
    getFailedName: ({ name }) => `failed/${name}`,
    getDiffName: ({ name }) => `failed/${name}-diff`,
    // pixelmatch's per-pixel colour tolerance: 0.05, half its default, which let a visibly
    // different red for "False" (#b42318 to #a0302c) through; anti-aliased edges are ignored
    // (includeAA: false, the default). A run fails when more than 0.5% of a screenshot's pixels
    // differ beyond that: the badges and the verdict row have screenshots of their own, in which a
    // colour change is several percent of the pixels.
    diffOptions: { threshold: 0.05 },
    failureThreshold: 0.5,
    failureThresholdType: 'percent',
  });
}
