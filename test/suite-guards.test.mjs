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
