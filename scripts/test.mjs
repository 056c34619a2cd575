// `npm test`: the browser suite (Web Test Runner in Chromium) and the repository checks (node's
// test runner), then one plain closing line `N passed, N failed` that CI reads.
// Extra arguments go to Web Test Runner (`npm test -- --group dates-east`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totalsFile = join(mkdtempSync(join(tmpdir(), 'fact-verdict-')), 'wtr.json');
const wtr = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FACT_VERDICT_WTR_TOTALS: totalsFile },
});
let browser = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0 };
try {
  browser = JSON.parse(readFileSync(totalsFile, 'utf8'));
} catch {
  browser.failed = 1; // The runner died before reporting: count that as a failure, never as a pass.
}

const nodeTests = readdirSync('test').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test', f));
const node = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...nodeTests], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const tally = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(node.stdout)?.[1] ?? 0);
const nodeTotals = { passed: tally('pass'), failed: tally('fail') + (node.status !== 0 && tally('fail') === 0 ? 1 : 0) };

const passed = browser.passed + nodeTotals.passed;
const failed = browser.failed + browser.erroredFiles + nodeTotals.failed + (wtr.status !== 0 && browser.failed === 0 && browser.erroredFiles === 0 ? 1 : 0);
console.log(`\nbrowser: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped; repository: ${nodeTotals.passed} passed, ${nodeTotals.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || wtr.status !== 0 || node.status !== 0 ? 1 : 0);
