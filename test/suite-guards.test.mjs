// Every browser test file installs the suite's guards (src/test-support/unhandled-rejections.ts,
// through src/test-support/index.ts or directly): the test runner only logs a rejection nobody
// handled, so without the guard a test that leaves one behind would still pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src/**/*.test.ts', 'test/browser/*.test.ts'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);

test('every browser test file fails on unhandled rejections', () => {
  assert.ok(files.length > 20, `expected the browser test files, found ${files.length}`);
  const unguarded = files.filter((file) => !/test-support\/(index|unhandled-rejections)\.js['"]/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(unguarded, [], 'import src/test-support/index.js (or unhandled-rejections.js) in these');
});

// The engines (issue 14): what FACT_VERDICT_BROWSERS accepts, what scripts/ensure-browsers.sh
// installs, and how the plain summary counts per engine.
test('FACT_VERDICT_BROWSERS picks engines, all three by default, and refuses a name it does not know', async () => {
  const { ENGINES, enginesFromEnv } = await import('./wtr-browsers.mjs');
  assert.deepEqual(ENGINES, ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(enginesFromEnv(undefined), ENGINES);
  assert.deepEqual(enginesFromEnv(' Firefox , webkit,firefox'), ['firefox', 'webkit']);
  assert.throws(() => enginesFromEnv('chromium,safari'), /safari/);
  const script = readFileSync('scripts/ensure-browsers.sh', 'utf8');
  for (const engine of ENGINES) assert.match(script, new RegExp(`^missing_${engine}\\(\\)`, 'm'), `ensure-browsers.sh provides ${engine}`);
});

test('the plain summary counts every test per engine and in all', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { plainSummaryReporter } = await import('./plain-summary-reporter.mjs');
  const suite = (...results) => ({ tests: results.map((r) => ({ passed: r === 'pass', skipped: r === 'skip' })), suites: [] });
  const sessions = [
    { browser: { engine: 'chromium' }, passed: true, testResults: suite('pass', 'pass', 'skip') },
    { browser: { engine: 'webkit' }, passed: false, testResults: { tests: [], suites: [suite('pass', 'fail')] } },
    { browser: { engine: 'webkit' }, passed: false, errors: [{ message: 'import failed' }] },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'fv-summary-')), 'totals.json');
  const before = process.env.FACT_VERDICT_WTR_TOTALS;
  process.env.FACT_VERDICT_WTR_TOTALS = file;
  try {
    plainSummaryReporter().onTestRunFinished({ sessions });
  } finally {
    if (before === undefined) delete process.env.FACT_VERDICT_WTR_TOTALS;
    else process.env.FACT_VERDICT_WTR_TOTALS = before;
  }
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), {
    passed: 3,
    failed: 1,
    skipped: 1,
    erroredFiles: 1,
    engines: {
      chromium: { passed: 2, failed: 0, skipped: 1, erroredFiles: 0 },
      webkit: { passed: 1, failed: 1, skipped: 0, erroredFiles: 1 },
    },
  });
});
