// `npm test`: builds dist/ when it is missing or older than its sources (test/browser/ loads the
// CDN bundle from it), then the browser suite (Web Test Runner in Chromium, lit dev mode), the
// element tests again with lit's production build, and the repository checks (node's test
// runner), then one plain closing line `N passed, N failed` that CI reads.
// Extra arguments go to the dev-mode run only, and skip the production run: a targeted run
// (`npm test -- --group dates-east`, `-- --files …`) wants its target, not the whole suite.
import { spawnSync } from 'node:child_process';
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

/** One Web Test Runner run; its totals come back through a file the plain summary reporter writes. */
function wtr(args) {
  const totalsFile = join(mkdtempSync(join(tmpdir(), 'fact-verdict-')), 'wtr.json');
  const run = spawnSync('npx', ['wtr', ...args], { stdio: 'inherit', env: { ...process.env, FACT_VERDICT_WTR_TOTALS: totalsFile } });
  try {
    return { ...JSON.parse(readFileSync(totalsFile, 'utf8')), status: run.status };
  } catch {
    // The runner died before reporting: count that as a failure, never as a pass.
    return { passed: 0, failed: 1, skipped: 0, erroredFiles: 0, status: run.status ?? 1 };
  }
}

const extraArgs = process.argv.slice(2);
const runs = [{ name: 'browser', ...wtr(extraArgs) }];
if (extraArgs.length === 0) {
  console.log('\nThe element tests again, with lit in production mode (web-test-runner.production.config.mjs):');
  runs.push({ name: 'browser, lit production', ...wtr(['--config', 'web-test-runner.production.config.mjs']) });
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
const summaries = runs.map((run) => `${run.name}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
console.log(`\n${[...summaries, `repository: ${nodeTotals.passed} passed, ${nodeTotals.failed} failed`].join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || runs.some((run) => run.status !== 0) || node.status !== 0 ? 1 : 0);
