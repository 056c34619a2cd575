// Right to left and the document's own language survive server rendering: what fact-verdict/ssr
// prints (dist/ssr/index.js, in plain Node, where elements see only their own attributes) already
// carries `dir` on every element's box and the document's `lang` on its text, so a reader with
// declarative shadow DOM but no JavaScript sees an Arabic embed mirrored and an Armenian claim
// read as Armenian. Run alone: `npm run build && node --test test/ssr-direction.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
const { renderFactVerdict } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
await import(pathToFileURL(join(dist, 'elements/verdict/fact-verdict.js')).href);
const canonical = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));
const arabic = { ...canonical, language: 'ar', claim: { ...canonical.claim, text: 'رسالة منسوبة إلى UNICEF تقول إن الماء الساخن يقتل الفيروس' } };

/** The opening tags in `markup` that start with `pattern` (a tag name, perhaps with its first attributes). */
const tags = (markup, pattern) => markup.match(new RegExp(`<${pattern}[^>]*>`, 'g')) ?? [];
const dirs = (markup) => [...markup.matchAll(/\sdir="([^"]*)"/g)].map(([, dir]) => dir);
const serverRender = async (template) => collectResult(render(template));

test('renderFactVerdict with lang="ar" prints the embed’s box right to left, and nothing left to right', async () => {
  const markup = await renderFactVerdict(arabic, { lang: 'ar' });
  // Ready, or waiting for the Arabic words: either way the box is the one the client keeps.
  const boxes = tags(markup, '(article|div) part="base');
  assert.ok(boxes.length >= 1, 'the embed’s box is printed');
  for (const box of boxes) assert.match(box, /dir="rtl"/);
  assert.ok(!dirs(markup).includes('ltr'), 'nothing left to right');
});

test('an embed set to dir="rtl" prints every part’s tag and every part’s own box right to left', async () => {
  const markup = await serverRender(html`<fact-verdict lang="en" dir="rtl" .data=${arabic}></fact-verdict>`);
  assert.match(tags(markup, 'fact-verdict')[0], /state="ready"/);
  assert.match(tags(markup, 'article')[0], /dir="rtl"/);
  for (const part of ['fact-claim-card', 'fact-evidence-list', 'fact-timeline', 'fact-verdict-badge']) {
    const [tag] = tags(markup, part);
    assert.ok(tag, `<${part}> is printed`);
    assert.match(tag, /dir="rtl"/, `<${part}> is told the direction`);
  }
  // Inside each part's own shadow root, its box, which it would give "ltr" were it not told: on the
  // server it sees no ancestor.
  assert.match(tags(markup, 'figure')[0], /dir="rtl"/);
  assert.match(tags(markup, 'span part="base"')[0] ?? '', /dir="rtl"/);
  const roots = tags(markup, 'div class="root"');
  assert.equal(roots.length, 2, 'the evidence list and the timeline');
  for (const root of roots) assert.match(root, /dir="rtl"/);
  // The Arabic document's own text runs right to left too (titles and names from their own letters).
  assert.deepEqual([...new Set(dirs(markup))].sort(), ['auto', 'rtl']);
});

test('a part alone on the server follows its own lang="he"; an English one stays left to right', async () => {
  const hebrew = await serverRender(html`<fact-claim-card lang="he" .data=${canonical}></fact-claim-card>`);
  assert.match(tags(hebrew, 'figure')[0], /dir="rtl"/);
  assert.match(tags(hebrew, 'span part="base"')[0], /dir="rtl"/);
  const english = await serverRender(html`<fact-claim-card lang="en" .data=${canonical}></fact-claim-card>`);
  assert.match(tags(english, 'figure')[0], /dir="ltr"/);
  assert.ok(!dirs(english).includes('rtl'));
});

test('an Armenian claim on an English page carries lang="hy" in the printed HTML', async () => {
  const doc = { ...canonical, language: 'hy', claim: { ...canonical.claim, text: 'Հայաստանն ակնկալում էր ՀԱՊԿ-ի աջակցությունը' } };
  const markup = await renderFactVerdict(doc, { lang: 'en' });
  assert.match(markup, /<p class="quote-text" lang="hy" dir="ltr">(<!--[^>]*-->)*Հայաստանն ակնկալում/);
  assert.match(tags(markup, 'fact-claim-card')[0], /document-lang="hy"/);
  assert.match(tags(markup, 'fact-verdict-badge')[0], /label-lang="hy"/);
  // The interface's own words carry no lang: the embed's box has none.
  assert.doesNotMatch(tags(markup, 'article')[0], /lang=/);
});
