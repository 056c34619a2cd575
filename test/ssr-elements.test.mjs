// Every element renders on the server: the npm modules a CMS plugin imports (dist/), rendered to
// HTML with declarative shadow DOM by @lit-labs/ssr in plain Node, with their attributes and
// properties, without throwing and without logging. Only the elements' own `lang` exists there (no
// document, no ancestors), so this also holds them to touching no browser-only class on the way.
//
// It tests the build (`npm test` builds dist/ when it is out of date). Run alone:
// `npm run build && node --test test/ssr-elements.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
// The registration module of <fact-verdict> registers the parts it draws with, as a page's import does.
await import(pathToFileURL(join(dist, 'elements/verdict/fact-verdict.js')).href);
await import(pathToFileURL(join(dist, 'elements/verdict-badge/fact-verdict-badge.js')).href);
const canonical = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));

/** Renders `template`, failing on anything logged meanwhile; returns the HTML and its visible text. */
async function serverRender(template) {
  const logged = [];
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error']) {
    saved[level] = console[level];
    console[level] = (...args) => logged.push(`${level}: ${args.join(' ')}`);
  }
  let markup;
  try {
    markup = await collectResult(render(template));
  } finally {
    Object.assign(console, saved);
  }
  assert.deepEqual(logged, [], 'nothing is logged while rendering');
  const text = markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return { markup, text };
}

/** The opening tags of `tag` in the markup. */
const openingTags = (markup, tag) => markup.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];

test('<fact-verdict-badge> renders its label, and its rating as the attribute its colours key on', async () => {
  const { markup, text } = await serverRender(html`<fact-verdict-badge label="Pants on Fire"></fact-verdict-badge>`);
  assert.match(openingTags(markup, 'fact-verdict-badge')[0], /rating="false"/);
  assert.match(markup, /<template shadowroot(mode)?="open"/);
  assert.match(text, /Verdict: Pants on Fire/);
});

test('<fact-claim-card> renders the claim, the claimant and a coloured verdict badge', async () => {
  const { markup, text } = await serverRender(html`<fact-claim-card .data=${canonical}></fact-claim-card>`);
  assert.match(text, /The events in Karabakh have their own specificities/);
  assert.match(text, /Vladimir Putin/);
  const [badge] = openingTags(markup, 'fact-verdict-badge');
  assert.ok(badge, 'the badge is rendered inside the card');
  assert.match(badge, /rating="false"/);
  assert.match(badge, /label="False"/);
});

test('<fact-evidence-list> renders every source shown and its stance', async () => {
  const { text } = await serverRender(html`<fact-evidence-list .data=${canonical}></fact-evidence-list>`);
  assert.match(text, /Official statements by Yerevan during and after the 44-day war of 2020/);
  assert.match(text, /Refutes the claim/);
});

test('<fact-timeline> renders its events with their dates', async () => {
  const { text } = await serverRender(html`<fact-timeline .data=${canonical}></fact-timeline>`);
  const first = canonical.timeline[0];
  assert.ok(text.includes(first.title), `the first event, "${first.title}"`);
});

test('<fact-verdict> renders a document ready, with every part, in the language it is given', async () => {
  const { markup, text } = await serverRender(html`<fact-verdict lang="en" heading-level="3" .data=${canonical}></fact-verdict>`);
  assert.match(openingTags(markup, 'fact-verdict')[0], /state="ready"/);
  for (const part of ['fact-claim-card', 'fact-verdict-badge', 'fact-evidence-list', 'fact-timeline']) {
    assert.equal(openingTags(markup, part).length, 1, `one <${part}>`);
  }
  // The headline sits in a <span> carrying the document's own lang and dir.
  assert.match(markup, /<h3[^>]*>(<!--[^>]*-->|<span[^>]*>)*Did Armenia expect the CSTO/);
  assert.match(text, /Verdict: False/);
  assert.match(text, /Armenia never officially asked the CSTO/);
});

test('<fact-verdict> renders invalid data as its error state, naming the problem by path', async () => {
  const logged = [];
  const error = console.error;
  console.error = (...args) => logged.push(args.join(' '));
  let markup;
  try {
    markup = await collectResult(render(html`<fact-verdict .data=${{ claim: { text: 42 } }}></fact-verdict>`));
  } finally {
    console.error = error;
  }
  assert.match(openingTags(markup, 'fact-verdict')[0], /state="error"/);
  assert.match(markup, /claim\.text/);
  // The problem is the page's to fix, so it is logged, once, by path, as in the browser.
  assert.equal(logged.length, 1);
  assert.match(logged[0], /claim\.text/);
});
