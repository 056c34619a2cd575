// Tests run in three engines (test/wtr-browsers.mjs): headless Debian Chromium, Firefox ESR and
// WebKitGTK's MiniBrowser, which scripts/ensure-browsers.sh puts on the machine; nothing here
// downloads a browser. FACT_VERDICT_BROWSERS picks some (`FACT_VERDICT_BROWSERS=firefox npx wtr`);
// unset, all three run. Every page runs in a time zone west of UTC, where a careless
// `new Date('2022-09-13')` shows the 12th, and the date tests run again at both ends of the clock.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { plainSummaryReporter } from './test/plain-summary-reporter.mjs';
import { mediaFeaturesPlugin } from './test/wtr-media-features-plugin.mjs';
import { visualPlugin } from './test/visual/visual-plugin.mjs';
import { defaultReporter } from '@web/test-runner';
import { LAUNCHERS, chromium, enginesFromEnv } from './test/wtr-browsers.mjs';

export const ENGINES = enginesFromEnv();
/** One launcher per chosen engine, its pages in `timeZone`. */
const engines = (timeZone) => ENGINES.map((engine) => LAUNCHERS[engine](timeZone));

export const READER_TIME_ZONE = 'America/Los_Angeles';

/**
 * Serves the settings tests read from the environment (src/test-support/test-config.ts): how many
 * generated documents the property-based tests try (seeded; more on demand). 1000 in Chromium, 200
 * in Firefox and WebKit: the same seeded documents, the first 200 of them, which reach every shape
 * the generator makes; what could differ per engine (parsing, Intl, URLs, text in the DOM) shows
 * there as well, and the other 800 would add about 30 s per engine to CI's run.
 * FACT_VERDICT_FUZZ_RUNS, when set, is the count in every engine.
 */
function testConfig() {
  const fromEnv = Number(process.env.FACT_VERDICT_FUZZ_RUNS);
  return {
    name: 'fact-verdict-test-config',
    serve(context) {
      if (context.path !== '/__fact-verdict-test-config.js') return undefined;
      const chromium = /Chrome\//.test(context.get('user-agent'));
      const fuzzRuns = fromEnv || (chromium ? 1000 : 200);
      return { body: `export default ${JSON.stringify({ fuzzRuns })};`, type: 'js' };
    },
  };
}

export default {
  // test/browser/: suites that load the built CDN bundle (dist/ must be built; scripts/test.mjs does it).
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // Lit dev mode is on so its warnings reach the tests, which fail on them (src/test-support);
  // web-test-runner.production.config.mjs runs the element tests again with lit's production build.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), testConfig(), mediaFeaturesPlugin(), visualPlugin()],
  browsers: engines(READER_TIME_ZONE),
  // Two pages at a time in Chromium and Firefox; WebKit runs one (test/wtr-browsers.mjs says why).
  // Nothing is left out of Firefox or WebKit: every file runs in every engine. Left out are only
  // runs that check no engine: the lit production-mode run (scripts/test.mjs) and the visual
  // baselines (Chromium-only, below); the property tests try fewer documents (testConfig above).
  concurrency: 2,
  // Firefox's first two pages, started with the browser on a busy 2-core machine, took over the
  // default 30 s to load once; a page that never loads still fails, later.
  browserStartTimeout: 60000,
  // Generous: the first axe run in a page loads 1.4 MB of axe-core, slow on a busy 2-core machine.
  testFramework: { config: { timeout: 15000 } },
  groups: [
    { name: 'dates-east', files: 'src/data/dates.test.ts', browsers: engines('Pacific/Kiritimati') },
    { name: 'dates-west', files: 'src/data/dates.test.ts', browsers: engines('Pacific/Pago_Pago') },
    // Visual regression (issue 12): screenshots against baselines drawn in Chromium, so Chromium only,
    // whatever `browsers` lists above. Keep test/visual/ out of the top-level `files`.
    { name: 'visual', files: 'test/visual/**/*.test.ts', browsers: [chromium(READER_TIME_ZONE)] },
    // A run that leaves Chromium out (FACT_VERDICT_BROWSERS=firefox) leaves the Chromium-only screenshots out too.
  ].filter((group) => group.name !== 'visual' || ENGINES.includes('chromium')),
  reporters: [defaultReporter(), plainSummaryReporter()],
};
