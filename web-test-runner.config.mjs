// Tests run in headless Debian Chromium (scripts/ensure-chromium.sh puts it there); nothing here
// downloads a browser. Every page runs in a time zone west of UTC, where a careless
// `new Date('2022-09-13')` shows the 12th, and the date tests run again at both ends of the clock.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { plainSummaryReporter } from './test/plain-summary-reporter.mjs';
import { mediaFeaturesPlugin } from './test/wtr-media-features-plugin.mjs';
import { visualPlugin } from './test/visual/visual-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** A Chromium whose pages all run in `timeZone`. */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Several test pages share one browser; without these, background pages get throttled timers
        // and axe (which yields to the event loop) times out at random.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        // Keyboard scrolling is animated; a background page gets no frames to animate it in.
        '--disable-smooth-scrolling',
      ],
    },
    // A browser context (a window of its own) per test page: tabs sharing one window are hidden
    // and get no animation frames, so fixtures that wait for a frame would hang.
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

export const READER_TIME_ZONE = 'America/Los_Angeles';

/**
 * Serves the settings tests read from the environment (src/test-support/test-config.ts): how many
 * generated documents the property-based tests try (seeded; about 1000 in CI, more on demand).
 */
function testConfig() {
  const fuzzRuns = Number(process.env.FACT_VERDICT_FUZZ_RUNS) || 1000;
  return {
    name: 'fact-verdict-test-config',
    serve(context) {
      if (context.path === '/__fact-verdict-test-config.js') return { body: `export default ${JSON.stringify({ fuzzRuns })};`, type: 'js' };
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
  browsers: [chromium(READER_TIME_ZONE)],
  concurrency: 2,
  // Generous: the first axe run in a page loads 1.4 MB of axe-core, slow on a busy 2-core machine.
  testFramework: { config: { timeout: 15000 } },
  groups: [
    { name: 'dates-east', files: 'src/data/dates.test.ts', browsers: [chromium('Pacific/Kiritimati')] },
    { name: 'dates-west', files: 'src/data/dates.test.ts', browsers: [chromium('Pacific/Pago_Pago')] },
    // Visual regression (issue 12): screenshots against baselines drawn in Chromium, so Chromium only,
    // whatever `browsers` lists above. Keep test/visual/ out of the top-level `files`.
    { name: 'visual', files: 'test/visual/**/*.test.ts', browsers: [chromium(READER_TIME_ZONE)] },
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
