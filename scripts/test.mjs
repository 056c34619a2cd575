// `npm test`: builds dist/ when it is missing or older than its sources (test/browser/ loads the
// CDN bundle from it), then the browser suite (Web Test Runner, lit dev mode) once per engine that
// FACT_VERDICT_BROWSERS names (chromium, firefox, webkit; all three when unset), the element tests
// again with lit's production build, and the repository checks (node's test runner); then a
// summary naming each engine with its counts and time, and one plain closing line
// `N passed, N failed`, summed over all of them, that CI reads.
// One engine at a time, not all three in one runner: on a 2-core machine three browsers at once
// starve each other into timeouts, and one run per engine times each engine.
// The production-build run is Chromium's (or the first engine chosen) alone: it checks lit's build
// mode (dev-only warnings and checks gone), which is the same JavaScript in every engine; the
// engines' differences are what the dev-mode runs are for, and CI's time is short.
// Extra arguments go to the dev-mode runs only, and skip the production run: a targeted run
// (`npm test -- --group dates-east`, `-- --files …`) wants its target, not the whole suite.
import { spawnSync } from 'node:child_process';
import { enginesFromEnv } from '../test/wtr-browsers.mjs';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What `npm run build` reads, and what it writes. A build is needed when an
// output is missing or any input changed after the oldest output was written. Timestamps rather
// than always building: CI builds right before `npm test`, and a fresh dist/ should cost nothing
// (a build takes about 11 s); a fresh clone, a pull or an edit all give inputs newer timestamps.
const BUILD_INPUTS = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'rollup.config.mjs',
  'scripts/minify-css-literals.mjs',
  'custom-elements-manifest.config.mjs',
  'scripts/cem',
  'scripts/clean.mjs',
  'scripts/write-schema.mjs',
];
const BUILD_OUTPUTS = [
  'dist/index.js',
  'dist/cdn.js',
  'dist/fact-verdict.min.js',
  'dist/fact-check.schema.json',
  'custom-elements.json',
  'dist/frameworks/react.d.ts',
];
// The same files tsconfig.build.json leaves out of the build: editing a test needs no new build.
const NOT_BUILT = /\.test\.ts$|\.stories\.ts$|(^|\/)(fixtures|test-support)\//;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => !NOT_BUILT.test(path));
}

/** Why dist/ must be built again, or undefined when it is up to date. */
function staleBuild() {
  const missing = BUILD_OUTPUTS.find((path) => !existsSync(path));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...BUILD_OUTPUTS.map((path) => statSync(path).mtimeMs));
  const inputs = BUILD_INPUTS.filter(existsSync).flatMap((path) => (statSync(path).isDirectory() ? sourceFiles(path) : [path]));
  const newer = [...inputs, ...sourceFiles('src')].find((path) => statSync(path).mtimeMs > built);
  return newer && `${newer} changed after the last build`;
}

const stale = staleBuild();
if (stale) {
  console.log(`Building first (${stale}): the suite loads the CDN bundle from dist/.`);
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('\nbuild failed; no tests ran');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** One Web Test Runner run in one engine; its totals come back through a file the plain summary reporter writes. */
function wtr(engine, args) {
  const totalsFile = join(mkdtempSync(join(tmpdir(), 'fact-verdict-')), 'wtr.json');
  const started = Date.now();
  const env = { ...process.env, FACT_VERDICT_WTR_TOTALS: totalsFile, FACT_VERDICT_BROWSERS: engine };
  const run = spawnSync('npx', ['wtr', ...args], { stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  try {
    return { ...JSON.parse(readFileSync(totalsFile, 'utf8')), status: run.status, seconds };
  } catch {
    // The runner died before reporting: count that as a failure, never as a pass.
    return { passed: 0, failed: 1, skipped: 0, erroredFiles: 0, status: run.status ?? 1, seconds };
  }
}

let engines;
try {
  engines = enginesFromEnv();
} catch (error) {
  console.log(`\n${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const extraArgs = process.argv.slice(2);
const runs = [];
for (const engine of engines) {
  console.log(`\nThe browser suite in ${engine}:`);
  runs.push({ name: engine, ...wtr(engine, extraArgs) });
}
if (extraArgs.length === 0) {
  const engine = engines.includes('chromium') ? 'chromium' : engines[0];
  console.log(`\nThe element tests again in ${engine}, with lit in production mode (web-test-runner.production.config.mjs):`);
  runs.push({ name: `${engine}, lit production`, ...wtr(engine, ['--config', 'web-test-runner.production.config.mjs']) });
}

const nodeTests = readdirSync('test')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join('test', f));
const node = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...nodeTests], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const tally = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(node.stdout)?.[1] ?? 0);
const nodeTotals = { passed: tally('pass'), failed: tally('fail') + (node.status !== 0 && tally('fail') === 0 ? 1 : 0) };

// A run that exited non-zero without a failed test to show for it still counts as one failure.
const runFailed = (run) => run.failed + run.erroredFiles + (run.status !== 0 && run.failed === 0 && run.erroredFiles === 0 ? 1 : 0);
const passed = runs.reduce((sum, run) => sum + run.passed, 0) + nodeTotals.passed;
const failed = runs.reduce((sum, run) => sum + runFailed(run), 0) + nodeTotals.failed;
const minutes = (seconds) => `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
const summaries = runs.map((run) => `${run.name}: ${run.passed} passed, ${runFailed(run)} failed, ${run.skipped} skipped (${minutes(run.seconds)})`);
console.log(`\n${[...summaries, `repository: ${nodeTotals.passed} passed, ${nodeTotals.failed} failed`].join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || runs.some((run) => run.status !== 0) || node.status !== 0 ? 1 : 0);
