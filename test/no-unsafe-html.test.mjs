// The embed lives in someone else's page: every string renders as text. Nothing in src/ may write
// markup from strings, so this fails the build if one of these appears anywhere in the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

const banned = [
  [/\bunsafeHTML\b/, 'unsafeHTML'],
  [/\bunsafeSVG\b/, 'unsafeSVG'],
  [/\bunsafeStatic\b/, 'unsafeStatic'],
  [/\.(innerHTML|outerHTML)\s*[+]?=/, 'innerHTML/outerHTML writes'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\b/, 'document.write'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\b/, 'new Function'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML'],
];

/**
 * The one file allowed a banned pattern, and why: React writes a <script>'s text only through
 * dangerouslySetInnerHTML, and what it writes there is jsonScript's escaped JSON (no <, > or &).
 */
const ALLOWED = new Map([['src/react/inline-json.ts', 'dangerouslySetInnerHTML']]);

test('no source file writes markup from strings or evaluates code', () => {
  const found = [];
  for (const file of sourceFiles('src')) {
    // Comments may name what is banned (to explain why); code may not.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const [pattern, name] of banned) if (pattern.test(text) && ALLOWED.get(file) !== name) found.push(`${file}: ${name}`);
  }
  assert.deepEqual(found, []);
});

test('the ban catches what it is meant to catch', () => {
  const hits = (text) => banned.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  assert.deepEqual(hits("import { unsafeHTML } from 'lit/directives/unsafe-html.js'"), ['unsafeHTML']);
  assert.deepEqual(hits('el.innerHTML = text'), ['innerHTML/outerHTML writes']);
  assert.deepEqual(hits('el.innerHTML += text'), ['innerHTML/outerHTML writes']);
  assert.deepEqual(hits('const f = new Function("return 1")'), ['new Function']);
  assert.deepEqual(hits('el.textContent = text'), []);
  assert.deepEqual(hits("createElement('div', { dangerouslySetInnerHTML: { __html: text } })"), ['dangerouslySetInnerHTML']);
});
