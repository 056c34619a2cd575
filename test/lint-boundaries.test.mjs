// The layer boundaries in eslint.config.mjs hold only if their rules fire. This lints small
// in-memory modules at the paths where they would live and expects each crossing to be reported,
// and each allowed import to pass, so a glob or pattern that silently stops matching fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.mjs' });
const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
  '@typescript-eslint/no-restricted-types',
]);

/** The boundary rules that report on `code` linted as if it were `filePath`. */
async function crossings(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `${filePath} did not parse`);
  return result.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId)).map((m) => m.ruleId);
}

async function assertCrosses(filePath, code, rule) {
  assert.deepEqual(await crossings(filePath, code), [rule], `${filePath}: expected ${rule} on\n${code}`);
}

async function assertAllowed(filePath, code) {
  assert.deepEqual(await crossings(filePath, code), [], `${filePath}: expected no boundary report on\n${code}`);
}

test('src/data imports no element, catalogue, face, lit, Node built-in or test support', async () => {
  const file = 'src/data/claim-review/x.ts';
  for (const code of [
    "import { FactVerdict } from '../../elements/verdict/verdict.element.js';\nexport { FactVerdict };",
    "export { FactVerdictBadge } from '../../elements/verdict-badge/verdict-badge.element.js';",
    "import type { FactTimeline } from '../../elements/timeline/timeline.element.js';\nexport type T = FactTimeline;",
    "import { en } from '../../i18n/en.js';\nexport { en };",
    "import { renderToString } from '../../ssr/render.js';\nexport { renderToString };",
    "import { main } from '../../cli/main.js';\nexport { main };",
    "import { FactVerdictReact } from '../../react/index.js';\nexport { FactVerdictReact };",
    "import React from 'react';\nexport { React };",
    "import { html } from 'lit';\nexport { html };",
    "import { property } from 'lit/decorators.js';\nexport { property };",
    "import { readFileSync } from 'node:fs';\nexport { readFileSync };",
    "import { seededRandom } from '../../test-support/random.js';\nexport { seededRandom };",
    "import { expect } from '@open-wc/testing';\nexport { expect };",
  ]) {
    await assertCrosses(file, code, 'no-restricted-imports');
  }
  // import() is not an ImportDeclaration; no-restricted-syntax covers it.
  await assertCrosses(file, "export const load = () => import('../../elements/verdict/fact-verdict.js');", 'no-restricted-syntax');
  await assertCrosses(file, "export const load = () => import('../../i18n/index.js');", 'no-restricted-syntax');
});

test("src/data imports no catalogue by any path, so it writes no words of a reader's language (issue 11)", async () => {
  // read-rating.ts once imported the English catalogue and wrote "Unrated" into documents.
  const file = 'src/data/claim-review/read-rating.ts';
  for (const code of [
    "import { en } from '../../i18n/en.js';\nexport const UNRATED = en.ratingName;",
    "import type { Catalogue } from '../../i18n/messages.js';\nexport type C = Catalogue;",
    "export * from '../../i18n/index.js';",
    "export { messagesFor } from '../../i18n/messages.js';",
    "import { messagesFor } from 'fact-verdict/i18n';\nexport { messagesFor };",
    "import { en } from '../i18n/en.js';\nexport { en };",
  ]) {
    await assertCrosses(file, code, 'no-restricted-imports');
  }
  await assertCrosses('src/data/x.ts', "import { en } from '../i18n/en.js';\nexport { en };", 'no-restricted-imports');
  await assertCrosses(file, "export const load = () => import('fact-verdict/i18n');", 'no-restricted-syntax');
  // A folder that only ends in the layer's name is not the layer.
  await assertAllowed(file, "import { x } from './not-i18n/x.js';\nexport { x };");
});

test('src/data may import its own modules and the version', async () => {
  await assertAllowed(
    'src/data/claim-review/x.ts',
    [
      "import { checkUrl } from '../safe-url.js';",
      "import type { Rating } from '../ratings/rating.js';",
      "import { VERSION } from '../../version.js';",
      "export const scales = () => import('../ratings/scales/index.js');",
      'export const f = (r: Rating) => [checkUrl(r), VERSION];',
    ].join('\n'),
  );
});

test('src/data uses no DOM or network global, directly or through globalThis', async () => {
  const file = 'src/data/x.ts';
  for (const code of [
    'export const title = () => document.title;',
    'export const w = () => window.innerWidth;',
    'export const defined = (tag: string) => customElements.get(tag);',
    'export const load = (url: string) => fetch(url);',
    'export const isEl = (v: unknown) => v instanceof HTMLElement;',
    'export const watch = () => new MutationObserver(() => {});',
    'export const lang = () => navigator.language;',
  ]) {
    await assertCrosses(file, code, 'no-restricted-globals');
  }
  await assertCrosses(file, "export const isElement = (v: unknown): v is Element => typeof v === 'object';", '@typescript-eslint/no-restricted-types');
  await assertCrosses(file, 'export type Host = { root: ShadowRoot };', '@typescript-eslint/no-restricted-types');
  await assertCrosses(file, 'export const d = () => globalThis.document;', 'no-restricted-properties');
  await assertCrosses(file, 'export const load = (url: string) => globalThis.fetch(url);', 'no-restricted-properties');
});

test('src/data may use the platform it has everywhere, and its own names that look like DOM globals', async () => {
  await assertAllowed(
    'src/data/x.ts',
    [
      'export const u = (s: string) => new URL(s).href;',
      "export const d = (t: number) => new Intl.DateTimeFormat('en').format(t);",
      'export const c = <T>(v: T) => structuredClone(v);',
      'export const later = (f: () => void) => queueMicrotask(f);',
      "export const shared = (globalThis as Record<symbol, unknown>)[Symbol.for('k')];",
      // read.ts names its result `document`, claim-review/values.ts has `type Node`: locals, not globals.
      'export type Node = Record<string, unknown>;',
      'export function read(input: Node) { const document = { input }; return document; }',
    ].join('\n'),
  );
});

test('tests inside src/data may use the DOM and test support, but still import no element', async () => {
  const file = 'src/data/x.test.ts';
  await assertAllowed(
    file,
    [
      "import { expect } from '@open-wc/testing';",
      "import { seededRandom } from '../test-support/random.js';",
      "it('renders', () => { const el: HTMLElement = document.body; el.append(String(seededRandom(1))); expect(window).to.exist; });",
    ].join('\n'),
  );
  await assertCrosses(file, "import { FactVerdict } from '../elements/verdict/verdict.element.js';\nexport { FactVerdict };", 'no-restricted-imports');
  await assertCrosses(file, "import { en } from '../i18n/en.js';\nexport { en };", 'no-restricted-imports');
});

test('src/i18n imports no element, face or lit, and may import data', async () => {
  const file = 'src/i18n/x.ts';
  await assertCrosses(file, "import { FactVerdict } from '../elements/verdict/verdict.element.js';\nexport { FactVerdict };", 'no-restricted-imports');
  await assertCrosses(file, "import { render } from '../ssr/render.js';\nexport { render };", 'no-restricted-imports');
  await assertCrosses(file, "import { html } from 'lit';\nexport { html };", 'no-restricted-imports');
  await assertCrosses(file, "export const load = () => import('../react/index.js');", 'no-restricted-syntax');
  await assertAllowed(
    file,
    "import { sharedRegistry } from '../data/registry.js';\nimport type { Rating } from '../data/ratings/rating.js';\nexport type R = Rating;\nexport { sharedRegistry };",
  );
});

test('src/elements imports no outer face, and no test support outside tests and stories', async () => {
  const file = 'src/elements/verdict/x.ts';
  await assertCrosses(file, "import { render } from '../../ssr/render.js';\nexport { render };", 'no-restricted-imports');
  await assertCrosses(file, "import { run } from '../../cli/main.js';\nexport { run };", 'no-restricted-imports');
  await assertCrosses(file, "import { createComponent } from '@lit/react';\nexport { createComponent };", 'no-restricted-imports');
  await assertCrosses(file, "import { seededRandom } from '../../test-support/random.js';\nexport { seededRandom };", 'no-restricted-imports');
  await assertCrosses(file, "import sinon from 'sinon';\nexport { sinon };", 'no-restricted-imports');
  await assertAllowed(
    file,
    [
      "import { LitElement, html } from 'lit';",
      "import { property } from 'lit/decorators.js';",
      "import { readFactCheck } from '../../data/fact-check/read.js';",
      "import { messagesFor } from '../../i18n/messages.js';",
      "import { defineElement } from '../internal/define.js';",
      'export { LitElement, html, property, readFactCheck, messagesFor, defineElement };',
    ].join('\n'),
  );
  const support = "import { seededRandom } from '../../test-support/random.js';\nimport { expect } from '@open-wc/testing';\nexport { seededRandom, expect };";
  await assertAllowed('src/elements/verdict/x.test.ts', support);
  await assertAllowed('src/elements/verdict/x.stories.ts', support);
  await assertCrosses('src/elements/verdict/x.test.ts', "import { render } from '../../ssr/render.js';\nexport { render };", 'no-restricted-imports');
});

test('nothing else published in src/ imports test support; the test support itself may', async () => {
  await assertCrosses('src/index.ts', "export * from './test-support/index.js';", 'no-restricted-imports');
  await assertCrosses('src/cdn.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };", 'no-restricted-imports');
  await assertCrosses('src/ssr/render.ts', "import { seededRandom } from '../test-support/random.js';\nexport { seededRandom };", 'no-restricted-imports');
  await assertAllowed(
    'src/test-support/x.ts',
    "import { fixture } from '@open-wc/testing';\nimport { seededRandom } from './random.js';\nexport { fixture, seededRandom };",
  );
  // A face may use Node and its framework; that is what makes it a face.
  await assertAllowed('src/cli/x.ts', "import { readFileSync } from 'node:fs';\nimport { render } from '../ssr/render.js';\nexport { readFileSync, render };");
});

test('lint and format leave generated and fetched files alone', async () => {
  for (const path of ['dist/index.js', 'dist/fact-verdict.min.js', 'storybook-static/index.js', 'custom-elements.json', 'node_modules/lit/index.js']) {
    assert.equal(await eslint.isPathIgnored(path), true, `eslint lints ${path}`);
  }
  assert.equal(await eslint.isPathIgnored('src/data/safe-url.ts'), false);
  const ignorePath = new URL('../.prettierignore', import.meta.url);
  for (const path of [
    'dist/index.js',
    'custom-elements.json',
    'package-lock.json',
    'storybook-static/index.js',
    'examples/wind-power-winter.json',
    'README.md',
  ]) {
    const { ignored } = await prettier.getFileInfo(new URL(path, new URL('..', import.meta.url)), { ignorePath });
    assert.equal(ignored, true, `prettier formats ${path}`);
  }
  const { ignored } = await prettier.getFileInfo(new URL('../src/data/safe-url.ts', import.meta.url), { ignorePath });
  assert.equal(ignored, false);
});
