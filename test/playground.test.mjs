// The playground (demo/playground/), as a reader uses it: the demo server (scripts/serve.mjs, with
// its strict CSP) on a free port, Chromium through puppeteer-core, text pasted into the textarea.
// It checks the embed, the problems by path, that the article snippet's inline JSON parses back to
// what was pasted and cannot end its script, the ClaimReview to publish, the pickers, the copy
// button, 375 px, and that nothing was refused by the CSP or thrown. read-input.js (no DOM) is
// also checked directly. Needs dist/ built; run alone: `flock /tmp/fv-dist.lock node --test test/playground.test.mjs`.
/* global window, document, navigator -- in the page.evaluate() and waitForFunction() callbacks, which run in Chromium */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { startDemo } from './demo-server.mjs';
import { readDocumentsSync } from '../dist/data/index.js';
import { MAX_DEPTH, MAX_INPUT_BYTES, readInput } from '../demo/playground/read-input.js';
import { LANGUAGES } from '../demo/playground/languages.js';

const factCheck = JSON.parse(readFileSync('examples/school-funding-chart.json', 'utf8'));
const claimReview = JSON.parse(readFileSync('demo/playground/examples/claim-review.json', 'utf8'));
const trailingComma = '{\n  "claim": { "text": "x" },\n  "verdict": { "label": "False" },\n}';
const HOSTILE = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><!-- & \u2028';

test('readInput: empty, too large, not JSON (where, and how to fix it), too deep, and HTML script blocks', () => {
  assert.deepEqual(readInput(''), { kind: 'empty' });
  assert.deepEqual(readInput(' \n\t'), { kind: 'empty' });
  assert.equal(readInput('x'.repeat(MAX_INPUT_BYTES + 1)).kind, 'too-large');
  // Bytes, not characters: 1 MiB of a three-byte character is 3 MiB.
  assert.equal(readInput(`"${'€'.repeat(MAX_INPUT_BYTES / 2)}"`).kind, 'too-large');
  const comma = readInput(trailingComma);
  assert.equal(comma.kind, 'not-json');
  assert.deepEqual([comma.line, comma.column], [4, 1], 'the closing brace after the comma');
  assert.match(comma.hint, /no comma after the last item/);
  assert.match(readInput("{'claim': 1}").hint, /double quotes/);
  assert.match(readInput('{"claim": {').hint, /ends too early/);
  assert.equal(readInput(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`).kind, 'json');
  assert.equal(readInput(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`).kind, 'too-deep');
  assert.equal(readInput(`{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`).kind, 'too-deep', 'no stack overflow');

  const html = `<p>x</p>\n<script type="application/ld+json">{"a": 1}</script>\n<script>alert(1)</script>\n<SCRIPT type='application/json'>[2]</SCRIPT >`;
  assert.deepEqual(readInput(html), { kind: 'json', value: [{ a: 1 }, [2]], from: 'html', blocks: 2 });
  assert.deepEqual(readInput('<script type="application/ld+json">{"a": 1}</script>').value, { a: 1 }, 'one block is itself');
  assert.deepEqual(readInput('<p>no data</p><script>var a = {}</script>'), { kind: 'no-scripts' });
  const broken = readInput('<script type="application/ld+json">{}</script>\n<script type="application/ld+json">\n{"a": 1,}</script>');
  assert.deepEqual([broken.kind, broken.block, broken.line, broken.column], ['not-json', 2, 3, 9], 'the place is in the pasted text');
});

test('the language picker lists English and every catalogue in src/i18n/locales/', () => {
  const shipped = readdirSync('src/i18n/locales')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3));
  assert.deepEqual([...LANGUAGES].map((t) => t.toLowerCase()).sort(), ['en', ...shipped].sort());
});

let stop;
let browser;
let page;
let origin;
const cspViolations = [];
const pageErrors = [];
const consoleErrors = [];

before(async () => {
  ({ origin, browser, stop } = await startDemo());
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.exposeFunction('reportCspViolation', (v) => cspViolations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/demo/playground/`);
  await page.waitForFunction(() => document.getElementById('summary').textContent.startsWith('Read as'));
});

after(async () => {
  await stop?.();
});

/** Replaces the textarea's text the way a paste does (one input event), then waits for the debounced read. */
async function paste(text) {
  const before = await page.$eval('#summary', (s) => s.textContent);
  await page.focus('#source');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.sendCharacter(text);
  await page.waitForFunction((old) => document.getElementById('summary').textContent !== old, {}, before);
}

/** The problems as listed: path and severity of each. */
const listed = () =>
  page.$$eval('#problems li', (items) => items.map((li) => ({ path: li.dataset.path, severity: li.dataset.severity, text: li.textContent })));

/** The embed's state once it has settled, and the text of its shadow root (all of it, nested roots too). */
async function embed() {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('#preview fact-verdict')?.state));
  return page.$eval('#preview fact-verdict', (el) => {
    const text = (root) =>
      [...root.querySelectorAll('*')]
        .map(
          (n) =>
            (n.shadowRoot ? text(n.shadowRoot) : '') +
            [...n.childNodes]
              .filter((c) => c.nodeType === 3)
              .map((c) => c.data)
              .join(' '),
        )
        .join(' ');
    return { state: el.state, layout: el.getAttribute('layout'), lang: el.getAttribute('lang'), text: text(el.shadowRoot) };
  });
}

/** The inline JSON child of the snippet, and how many times the snippet ends a script. */
async function snippetData() {
  const snippet = await page.$eval('#snippet', (t) => t.value);
  const match = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet);
  assert.ok(match, 'the snippet holds an inline JSON child');
  return { snippet, data: JSON.parse(match[1]), raw: match[1], scriptEnds: snippet.match(/<\/script/gi).length };
}

test('the first example loads and shows, with no problems', async () => {
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Read as a FactCheck document: no problems/);
  const shown = await embed();
  assert.equal(shown.state, 'ready');
  assert.match(shown.text, /Did Armenia expect the CSTO/);
});

test('a pasted FactCheck with text that tries to end the script: shown as text, escaped in the snippet, warnings by path', async () => {
  const doc = { ...factCheck, claim: { ...factCheck.claim, text: HOSTILE }, evidence: [{ title: 'A source', url: 'javascript:alert(1)' }] };
  await paste(JSON.stringify(doc, null, 2));
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Read as a FactCheck document: 0 errors, 1 warning/);
  const expected = readDocumentsSync(doc).problems.map((p) => p.path);
  assert.deepEqual(
    (await listed()).map((p) => p.path),
    expected,
  );
  assert.deepEqual(await listed().then((l) => l.map((p) => [p.path, p.severity])), [['evidence[0].url', 'warning']]);
  const shown = await embed();
  assert.equal(shown.state, 'ready');
  assert.ok(shown.text.includes('</script><script>window.pwned = 1</script><img src=x'), 'the markup shows as text');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing pasted ran');

  const { snippet, data, raw, scriptEnds } = await snippetData();
  assert.deepEqual(data, doc, 'the inline JSON parses back to the pasted document');
  assert.equal(scriptEnds, 2, 'the CDN script and the data script end; nothing inside the data does');
  assert.doesNotMatch(raw, /[<>&\u2028]/, 'no character in it can end the script or open a comment');
  assert.match(snippet, /^<script type="module" src="https:\/\/cdn\.example\/fact-verdict@[\d.]+\/dist\/fact-verdict\.min\.js"><\/script>/);
  assert.match(
    snippet,
    /<p>Fact-check: A viral chart about school funding leaves out inflation <strong>Missing context<\/strong> <a href="https:\/\/example\.org\/fact-checks\/school-funding-chart">/,
  );
  const ld = await page.$eval('#claim-review', (t) => t.value);
  const review = JSON.parse(/^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(ld)[1]);
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.claimReviewed, HOSTILE);
});

test('a pasted ClaimReview: read as such, its problems by input path, and written back for the page', async () => {
  const review = { ...claimReview, url: 'javascript:alert(1)', datePublished: '2023-02-29' };
  await paste(JSON.stringify(review));
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Read as ClaimReview JSON-LD \(1 document\): 0 errors, 2 warnings/);
  assert.deepEqual(await listed().then((l) => l.map((p) => p.path)), ['url', 'datePublished']);
  const shown = await embed();
  assert.equal(shown.state, 'ready');
  assert.match(shown.text, /The river bridge will close for five years/);
  assert.deepEqual((await snippetData()).data, review, 'the snippet carries the ClaimReview as pasted: the embed reads it');
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*)<\/script>/.exec(await page.$eval('#claim-review', (t) => t.value))[1]);
  assert.equal(ld.claimReviewed, claimReview.claimReviewed);
  assert.equal(ld.reviewRating.alternateName, 'False');
  assert.equal(ld.url, undefined, 'the unsafe URL is not published');

  // An error: no claim at all, so nothing to show or publish.
  await paste(JSON.stringify({ '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } }));
  assert.deepEqual(await listed().then((l) => l.map((p) => [p.path, p.severity])), [['claimReviewed', 'error']]);
  assert.equal((await embed()).state, 'error');
  assert.equal(await page.$eval('#snippet', (t) => t.value), '');
  assert.equal(await page.$eval('[data-copy="snippet"]', (b) => b.disabled), true);
});

test('malformed input: a clear message, no embed, nothing to copy', async () => {
  await paste(trailingComma);
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Not JSON/);
  const problems = await listed();
  assert.equal(problems[0].path, 'line 4, column 1');
  assert.match(problems[1].text, /no comma after the last item/);
  assert.equal(await page.$('#preview fact-verdict'), null);
  assert.equal(await page.$eval('[data-copy="claim-review"]', (b) => b.disabled), true);

  await paste('');
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Nothing to read yet/);

  // Far too large to type: set as a paste would, with one input event.
  const summary = await page.$eval('#summary', (s) => s.textContent);
  await page.$eval(
    '#source',
    (t, size) => {
      t.value = `{"claim": {"text": "${'x'.repeat(size)}"}}`;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    },
    MAX_INPUT_BYTES,
  );
  await page.waitForFunction((old) => document.getElementById('summary').textContent !== old, {}, summary);
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Too large to read: 2\.0 MiB/);

  await paste(`${'['.repeat(5000)}${']'.repeat(5000)}`);
  assert.match(await page.$eval('#summary', (s) => s.textContent), /^Nested more than 64 levels deep/);
});

test('the pickers set the embed’s attributes and the snippet’s', async () => {
  await paste(JSON.stringify(factCheck));
  await page.select('#layout', 'compact');
  await page.select('#lang', 'de');
  const shown = await embed();
  assert.deepEqual([shown.layout, shown.lang], ['compact', 'de']);
  assert.match((await snippetData()).snippet, /<fact-verdict layout="compact" lang="de">/);
  // The fallback is written again in German once the catalogue has arrived.
  const { default: german } = await import('../dist/i18n/locales/de.js');
  await page.waitForFunction((kicker) => document.getElementById('snippet').value.includes(`<p>${kicker}: `), {}, german.messages.factCheckKicker);
  assert.equal(await page.$$eval('#lang option', (o) => o.length), 25);
  await page.select('#layout', 'full');
  await page.select('#lang', 'en');
  assert.match((await snippetData()).snippet, /<fact-verdict>/, 'defaults are left out');
});

test('keyboard: an example is picked and loaded without a mouse; copying confirms', async () => {
  await page.focus('#example');
  const names = await page.$$eval('#example option', (o) => o.map((x) => x.textContent));
  const target = names.findIndex((n) => n.startsWith('HTML:'));
  await page.select('#example', String(target));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'load-example');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /from 2 script blocks/.test(document.getElementById('summary').textContent));
  assert.equal((await embed()).state, 'ready');

  await page.click('[data-copy="snippet"]');
  await page.waitForFunction(() => document.getElementById('snippet-copied').textContent !== '');
  assert.equal(await page.$eval('#snippet-copied', (s) => s.textContent), 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.$eval('#snippet', (t) => t.value));
});

test('accessible: every control named, the problems a polite live region; 375 px wide without sideways scrolling', async () => {
  const unnamed = await page.$$eval('textarea, select, button', (controls) =>
    controls.filter((c) => !c.labels?.length && !c.getAttribute('aria-labelledby') && !c.textContent.trim()).map((c) => c.id),
  );
  assert.deepEqual(unnamed, []);
  assert.equal(await page.$eval('#problems', (list) => list.closest('[aria-live]')?.getAttribute('aria-live')), 'polite');
  await page.setViewport({ width: 375, height: 800 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375);
});

test('nothing was refused by the CSP, and nothing threw', () => {
  assert.deepEqual(cspViolations, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(
    consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m)),
    [],
  );
});
