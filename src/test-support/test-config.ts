/**
 * Settings the test runner passes to the browser from the environment (see the `test-config`
 * plugin in web-test-runner.config.mjs): how many generated documents the property-based tests
 * try. CI runs the default; `FACT_VERDICT_FUZZ_RUNS=10000 npm test` runs more.
 */
interface TestConfig {
  fuzzRuns: number;
}

const CONFIG_URL = '/__fact-verdict-test-config.js';

const config: TestConfig = await import(/* @vite-ignore */ CONFIG_URL).then(
  (module: { default: TestConfig }) => module.default,
  () => ({ fuzzRuns: 1000 }),
);

export const fuzzRuns = config.fuzzRuns;
