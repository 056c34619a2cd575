// The worked CMS example, examples/eleventy-site/, as a publisher would run it: Eleventy builds the
// site (through its programmatic API, with the example's own config) into a temporary folder, a
// small HTTP server serves it, and Chromium opens an article twice: with JavaScript off, where the
// server-rendered embed must be readable as it is, and with JavaScript on, where the CDN script
// must take the embed over and reach `ready` without errors.
// The site imports `fact-verdict/ssr` and the CDN bundle by the package's name, which Node
// resolves to this repository's dist/: build it first.
// Run alone: `flock /tmp/fv-dist.lock node --test test/eleventy-site.test.mjs` (after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eleventy } from '@11ty/eleventy';
import puppeteer from 'puppeteer-core';

// The functions passed to page.evaluate and $eval run in the page, with its globals.
/* global customElements, document, getComputedStyle */

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(repo, 'examples/eleventy-site');
const example = JSON.parse(readFileSync(join(repo, 'examples/fip-csto-putin-2024.json'), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'fact-verdict-eleventy-'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the built site: `/x/` is `/x/index.html`; nothing outside the folder. */
function serve(root) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    // The browser asks for a favicon the example does not have; answering it keeps the console clean.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    try {
      if (relative(root, file).startsWith(`..${sep}`)) throw new Error('outside the site');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The text a reader (or a screen reader) gets from `selector`: its accessibility tree, shadow roots included, in order. */
async function readableText(page, selector) {
  const root = await page.$(selector);
  assert.ok(root, `${selector} is in the page`);
  const snapshot = await page.accessibility.snapshot({ root, interestingOnly: false });
  const texts = [];
  (function walk(node) {
    if (node.role === 'StaticText') texts.push(node.name);
    for (const child of node.children ?? []) walk(child);
  })(snapshot ?? {});
  return texts.join(' ').replace(/\s+/g, ' ');
}

/** Opens `path` in a new page, with every console message, page error and failed request recorded. */
async function open(browser, url, { javaScript }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.setJavaScriptEnabled(javaScript);
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, url);
  return { page, problems };
}

let built;
test.before(async () => {
  const started = Date.now();
  const eleventy = new Eleventy(join(site, 'content'), out, { configPath: join(site, 'eleventy.config.js'), quietMode: true });
  await eleventy.write();
  built = Date.now() - started;
});
test.after(() => rmSync(out, { recursive: true, force: true }));

test('the build writes each article with its fact-check rendered on the server', async (t) => {
  t.diagnostic(`Eleventy built the site in ${built} ms`);
  const page = readFileSync(join(out, 'csto-putin/index.html'), 'utf8');
  const start = page.search(/<fact-verdict\s/);
  const end = start + page.slice(start).search(/<\/fact-verdict\s*>/);
  const embed = page.slice(start, end);
  assert.ok(embed.length > 1000, 'the article carries a <fact-verdict>');
  assert.match(
    embed,
    /^<fact-verdict\s[^>]*state="ready"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    'the embed opens with its declarative shadow root, ready',
  );
  assert.ok(embed.includes(example.claim.text), 'the claim is in the page source');
  assert.ok(embed.includes(`>${example.verdict.label}<`), 'the verdict label is in the page source');
  assert.ok(embed.includes(example.verdict.summary), 'the why is in the page source');
  // The inline JSON child: what the client reads, the document exactly as the article named it.
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(embed);
  assert.ok(json, 'the embed carries the document as an inline JSON child');
  assert.deepEqual(JSON.parse(json[1]), example);
  // The front matter asked for the ClaimReview too.
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.slice(end));
  assert.equal(JSON.parse(jsonLd?.[1] ?? 'null')?.['@type'], 'ClaimReview');
  // The badge in the prose went through @lit-labs/eleventy-plugin-lit.
  assert.match(page, /<p>Our verdict on that suggestion: <fact-verdict-badge\s+rating="false"><template shadowroot="open" shadowrootmode="open"><style>/);
  // No inline script (a strict CSP), and a policy that names every inline style by hash.
  assert.deepEqual(page.match(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/g) ?? [], [], 'inline scripts');
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-/);
  assert.doesNotMatch(page, /unsafe-inline|nonce-/);
  for (const article of ['csto-putin', 'harbor-line', 'school-funding']) {
    const html = readFileSync(join(out, `${article}/index.html`), 'utf8');
    assert.doesNotMatch(html, /undefined|\[object Object\]|NaN/, `${article}: nothing unfilled`);
    assert.match(html, /<fact-verdict\s[^>]*state="ready"/, `${article}: the embed is ready`);
    assert.equal((html.match(/<fact-verdict\s/g) ?? []).length, 1, `${article}: one embed`);
  }
  assert.match(readFileSync(join(out, 'harbor-line/index.html'), 'utf8'), /<fact-verdict\s[^>]*layout="compact"/);
  assert.match(readFileSync(join(out, 'school-funding/index.html'), 'utf8'), /<fact-verdict\s[^>]*theme="light"/);
  assert.ok(readFileSync(join(out, 'js/fact-verdict.min.js')).length > 1000, 'the CDN script is copied beside the pages');
});

test('in Chromium the embed is readable without JavaScript and taken over with it', async () => {
  const server = await serve(out);
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  try {
    const url = `http://127.0.0.1:${server.address().port}/csto-putin/`;

    // JavaScript off: only the HTML and its declarative shadow roots. DevTools can still read the
    // page (page.evaluate, $eval and the accessibility tree do not need the page's scripts).
    const off = await open(browser, url, { javaScript: false });
    assert.equal(await off.page.evaluate(() => customElements.get('fact-verdict') ?? null), null, 'no script ran');
    const text = await readableText(off.page, 'fact-verdict');
    assert.ok(text.includes(example.claim.text), 'the claim is readable');
    assert.ok(text.includes(`Verdict: ${example.verdict.label}`), 'the verdict is readable');
    assert.ok(text.includes(example.verdict.summary), 'why is readable');
    for (const source of example.evidence) assert.ok(text.includes(source.title), `the source "${source.title}" is readable`);
    for (const event of example.timeline) assert.ok(text.includes(event.title), `the timeline's "${event.title}" is readable`);
    assert.ok(text.includes(example.publisher.name), 'the attribution is readable');
    // Styled, under the CSP: the badges have their colour and the embed its box.
    const offBadge = await off.page.$eval('fact-verdict-badge', (badge) => getComputedStyle(badge.shadowRoot.querySelector('.badge')).backgroundColor);
    assert.equal(offBadge, 'rgb(180, 35, 24)', 'the inline badge is styled (false: red)');
    const offHeight = await off.page.$eval('fact-verdict', (embed) => embed.getBoundingClientRect().height);
    assert.ok(offHeight > 400, `the embed has its full height (${offHeight}px)`);
    assert.deepEqual(off.problems, []);

    // JavaScript on: the CDN script upgrades the elements, which take over from the inline JSON.
    const on = await open(browser, url, { javaScript: true });
    await on.page.waitForFunction(() => customElements.get('fact-verdict') && document.querySelector('fact-verdict').state === 'ready', { timeout: 20_000 });
    const after = await on.page.$eval('fact-verdict', async (embed) => {
      await embed.updateComplete;
      const root = embed.shadowRoot;
      return {
        embeds: root.querySelectorAll('.embed').length,
        templates: root.querySelectorAll('template').length,
        height: embed.getBoundingClientRect().height,
      };
    });
    assert.deepEqual(
      { embeds: after.embeds, templates: after.templates },
      { embeds: 1, templates: 0 },
      "the client's render replaced the server's, not joined it",
    );
    assert.ok(Math.abs(after.height - offHeight) <= 1, `the embed keeps its height (${offHeight}px without JavaScript, ${after.height}px with)`);
    assert.ok((await readableText(on.page, 'fact-verdict')).includes(example.claim.text), 'the claim is still there');
    const inlineBadge = await on.page.$eval('fact-verdict-badge', (badge) => ({
      badges: badge.shadowRoot.querySelectorAll('.badge').length,
      text: badge.shadowRoot.textContent,
    }));
    assert.equal(inlineBadge.badges, 1, 'the inline badge renders once');
    assert.match(inlineBadge.text, /Verdict: False/);
    assert.deepEqual(on.problems, [], 'no console errors or warnings, no failed requests');
  } finally {
    await browser.close();
    server.close();
  }
});
