// The shipped languages are the files in src/i18n/locales/ and the loader table in
// src/i18n/locale-loaders.ts, which must agree: a file without a loader would never load, a loader
// without a file would fail the page that asks for it. The browser suite (src/i18n/locales.test.ts)
// checks each catalogue's content; a browser cannot list a folder, so the listing is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const files = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const table = readFileSync('src/i18n/locale-loaders.ts', 'utf8');
const loaders = [...table.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('\.\/locales\/([\w-]+)\.js'\),$/gm)];

test('every locale file has a loader, and every loader a file', () => {
  assert.ok(files.length > 0, 'no files in src/i18n/locales/');
  assert.deepEqual(loaders.map(([, tag]) => tag).sort(), files);
});

test('each loader imports the file of its own tag', () => {
  for (const [, tag, file] of loaders) assert.equal(file, tag);
});
