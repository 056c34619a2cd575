// The CDN files whose code runs as soon as they arrive start with Chromium's explicit compile hint
// (rollup.config.mjs, COMPILE_HINT): the entry, the badge-only file and the kit. Nothing else
// carries it, since a chunk fetched for one feature need not have all of its functions compiled.
// The hint is a banner that terser must keep and the source map must step over: a map that still
// pointed at the old first line would send every stack trace one line astray.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { COMPILE_HINT } from '../rollup.config.mjs';

const chunks = readdirSync('dist/chunks', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.min.js'))
  .map((file) => `dist/chunks/${file}`);
const kit = chunks.filter((file) => /\/cdn-kit-[\w-]+\.min\.js$/.test(file));
const HINTED = ['dist/fact-verdict.min.js', 'dist/fact-verdict-badge.min.js', ...kit];

test('the entry, the badge-only file and the kit start with the compile hint, on a line of its own', () => {
  assert.equal(COMPILE_HINT, '//# allFunctionsCalledOnLoad');
  assert.equal(kit.length, 1, `one kit chunk, found ${kit.join(', ') || 'none'}`);
  for (const file of HINTED) {
    const code = readFileSync(file, 'utf8');
    assert.ok(code.startsWith(`${COMPILE_HINT}\n`), `${file} starts with ${JSON.stringify(code.slice(0, 40))}`);
    // Only once: terser keeps this comment and no other.
    assert.equal(code.split(COMPILE_HINT).length, 2, `${file} holds the hint more than once`);
  }
});

test('no chunk fetched on demand for one feature carries it', () => {
  const others = chunks.filter((file) => !kit.includes(file));
  assert.ok(others.some((file) => /locale-/.test(file)) && others.some((file) => /popover/.test(file)), 'the on-demand chunks were not found');
  for (const file of others) assert.ok(!readFileSync(file, 'utf8').includes(COMPILE_HINT), `${file} carries the compile hint`);
});

test('the source maps step over the hint: code after it still maps to its own source', () => {
  // A string each file holds once, and the module it comes from.
  const probes = {
    'dist/fact-verdict.min.js': ['"fact-verdict-badge"', 'verdict-badge'],
    'dist/fact-verdict-badge.min.js': ['"fact-verdict-badge"', 'verdict-badge'],
    [kit[0]]: ['nothing arrived within', 'document-loader'],
  };
  for (const [file, [needle, source]] of Object.entries(probes)) {
    const code = readFileSync(file, 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const at = code.indexOf(needle);
    assert.ok(at > 0, `${needle} is not in ${file}`);
    const lines = code.slice(0, at).split('\n');
    const entry = map.findEntry(lines.length - 1, lines.at(-1).length);
    assert.match(entry.originalSource ?? '', new RegExp(source), `${needle} in ${file} maps to ${entry.originalSource}`);
  }
});
