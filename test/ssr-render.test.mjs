// fact-verdict/ssr, as a CMS plugin calls it: the built package module (dist/ssr/index.js) in plain
// Node. What it prints must be safe in any page, show a reader without JavaScript everything, and
// hand the client the document to take over with. Run alone: `npm run build && node --test test/ssr-render.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
const { renderFactVerdict, jsonScript } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
const canonical = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));

/** The scripts in `markup`: their type and text. */
const scripts = (markup) => [...markup.matchAll(/<script type="([^"]+)">([\s\S]*?)<\/script>/g)].map(([, type, text]) => ({ type, text }));
const visibleText = (markup) =>
  markup
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** Runs `body` with console.error collected; fails on anything else logged. */
async function quietly(body) {
  const errors = [];
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const others = [];
  console.error = (...args) => errors.push(args.join(' '));
  console.warn = console.log = (...args) => others.push(args.join(' '));
  try {
    return { result: await body(), errors };
  } finally {
    Object.assign(console, saved);
    assert.deepEqual(others, []);
  }
}

test('renders a FactCheck ready, with the document for the client and a fallback in words', async () => {
  const { result: markup, errors } = await quietly(() => renderFactVerdict(canonical));
  assert.deepEqual(errors, []);
  // The element itself, on one line, with no markers of a template around it that nothing hydrates.
  assert.match(markup, /^<fact-verdict [^>]*state="ready"/);
  assert.ok(markup.endsWith('</fact-verdict>'), markup.slice(-40));
  assert.match(markup, /<template shadowroot(mode)?="open"/);
  const [data] = scripts(markup).filter((s) => s.type === 'application/json');
  assert.deepEqual(JSON.parse(data.text), canonical, 'the inline JSON child is the input');
  const text = visibleText(markup);
  for (const expected of ['Did Armenia expect the CSTO', 'Vladimir Putin', 'Verdict: False', 'Armenia never officially asked', 'Fact Investigation Platform']) {
    assert.ok(text.includes(expected), expected);
  }
  // The fallback is plain light DOM after the shadow root's template: no Lit markers in it.
  const light = markup.slice(markup.lastIndexOf('</template>'));
  assert.match(
    light,
    /<p>Fact-check: Did Armenia expect the CSTO to fight in Nagorno-Karabakh in 2020\? <strong>False<\/strong><\/p><script type="application\/json">/,
  );
});

test('writes the options as the element’s attributes, a nonce on every style, and ClaimReview beside it', async () => {
  const nonce = 'r4nd0m"<';
  const markup = await renderFactVerdict(canonical, { lang: 'en-GB', theme: 'dark', layout: 'compact', headingLevel: 4, nonce, claimReview: true });
  const tag = markup.match(/<fact-verdict[^>]*>/)[0];
  for (const attr of ['lang="en-GB"', 'theme="dark"', 'layout="compact"', 'heading-level="4"']) assert.ok(tag.includes(attr), attr);
  const styles = markup.match(/<style[^>]*>/g);
  assert.ok(styles.length > 0);
  for (const style of styles) assert.equal(style, '<style nonce="r4nd0m&quot;&lt;">');
  const [jsonLd] = scripts(markup).filter((s) => s.type === 'application/ld+json');
  assert.ok(markup.trimEnd().endsWith('</script>') && markup.lastIndexOf('</fact-verdict>') < markup.indexOf('application/ld+json'));
  assert.equal(JSON.parse(jsonLd.text)['@type'], 'ClaimReview');
});

test('renders ClaimReview input, and reads it again on the client from the same JSON', async () => {
  const review = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/review',
    claimReviewed: 'The bridge was built in a week.',
    author: { '@type': 'Organization', name: 'Example Checks' },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
  };
  const markup = await renderFactVerdict(review);
  assert.match(markup, /<fact-verdict[^>]*state="ready"/);
  assert.ok(visibleText(markup).includes('The bridge was built in a week.'));
  assert.deepEqual(JSON.parse(scripts(markup).find((s) => s.type === 'application/json').text), review);
});

test('text that looks like markup stays text, and cannot close the data script', async () => {
  const hostile = structuredClone(canonical);
  hostile.claim.text = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & <!--';
  const markup = await renderFactVerdict(hostile, { claimReview: true });
  assert.equal(markup.match(/<script/g).length, 2, 'the data script and the JSON-LD, nothing else');
  assert.ok(!markup.includes('<img'), 'no element from the text');
  assert.deepEqual(JSON.parse(scripts(markup).find((s) => s.type === 'application/json').text), hostile);
  assert.equal(jsonScript('</script>\u2028'), '<script type="application/ld+json">"\\u003c/script\\u003e\\u2028"</script>');
});

test('never throws: invalid input renders the error state by path, logged once', async () => {
  const { result: markup, errors } = await quietly(() => renderFactVerdict({ claim: { text: 42 } }));
  assert.match(markup, /<fact-verdict[^>]*state="error"/);
  assert.match(markup, /claim\.text/);
  assert.equal(errors.length, 1);
  const throwing = {
    get claim() {
      throw new Error('a getter that throws');
    },
  };
  const cyclic = { claim: { text: 'x' }, verdict: { label: 'False' } };
  cyclic.self = cyclic;
  for (const input of [throwing, cyclic, undefined, 42n]) {
    const { result } = await quietly(() => renderFactVerdict(input));
    assert.match(result, /<fact-verdict/);
  }
});
