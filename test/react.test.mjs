// fact-verdict/react against the build (dist/, imported by the package's own name): react-dom/server
// writes the document into the HTML, hydrateRoot in Chromium shows it and fires onFactLoad, and
// React 19 without the wrapper listens to `onfact-load`, never `onFactLoad` (the README says so).
// A TSX consumer type-checks, and its wrong props do not.
//
// React is CommonJS, which Web Test Runner's dev server does not serve, so the browser half is a
// bundle (esbuild) on a small local server, opened with puppeteer-core. Run alone:
// `npm run build && node --test test/react.test.mjs`.
/* global window, document -- in the page.evaluate() and waitForFunction() callbacks, which run in Chromium */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import React from 'react';
import { renderToString } from 'react-dom/server';
import { FactClaimCard, FactVerdict } from 'fact-verdict/react';
import { App } from './react-fixtures/app.mjs';

const h = React.createElement;
const doc = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));

/** Calls `fn`, failing on anything logged meanwhile (React's warnings go to console.error). */
function silently(fn) {
  const logged = [];
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error']) {
    saved[level] = console[level];
    console[level] = (...args) => logged.push(`${level}: ${args.join(' ')}`);
  }
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
    assert.deepEqual(logged, [], 'nothing is logged');
  }
}

/** The inline JSON children in `html`, parsed. */
function inlineDocuments(html) {
  return [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

test('react-dom/server writes the document as <fact-verdict>’s inline JSON child, with its attributes', () => {
  const html = silently(() => renderToString(h(App, { doc, onFactLoad: () => {} })));
  assert.deepEqual(inlineDocuments(html), [doc], 'the document, whole, in the HTML');
  assert.match(html, /<fact-verdict layout="compact" heading-level="3"><script type="application\/json">/);
  assert.match(html, /<\/script><a href="[^"]+">Read the fact-check<\/a><\/fact-verdict>/, 'the fallback follows the data');
  assert.match(html, new RegExp(`<fact-verdict-badge label="${doc.verdict.label}"></fact-verdict-badge>`), 'scalar props are attributes');
  assert.doesNotMatch(html, /onFactLoad|fact-load/, 'no handler leaks into the HTML');
});

test('text in the document cannot close the inline script', () => {
  const hostile = { ...doc, claim: { ...doc.claim, text: '</script><img src=x onerror=alert(1)><!-- & \u2028' } };
  const html = silently(() => renderToString(h(FactVerdict, { data: hostile })));
  assert.equal(html.match(/<\/script>/g).length, 1, 'one script, closed once');
  assert.doesNotMatch(html, /<img/);
  assert.deepEqual(inlineDocuments(html), [hostile], 'and it still parses back to the same document');
});

test('what cannot be JSON renders without a child, and the parts take objects as properties only', () => {
  const cyclic = { ...doc };
  cyclic.self = cyclic;
  assert.equal(
    silently(() => renderToString(h(FactVerdict, { data: cyclic }))),
    '<fact-verdict></fact-verdict>',
  );
  // The claim card reads no inline child: on the server it is an empty element, drawn at hydration.
  assert.equal(
    silently(() => renderToString(h(FactClaimCard, { claim: doc.claim, verdict: doc.verdict, id: 'card' }))),
    '<fact-claim-card id="card"></fact-claim-card>',
  );
});

/** The client bundle: hydrateRoot over the App, and a plain <fact-verdict> rendered by React 19. */
async function bundleClient(dir) {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'client.js');
  // Not minified: esbuild then defines NODE_ENV as development, so React's hydration warnings are on.
  await build({ entryPoints: [resolve('test/react-fixtures/client.mjs')], bundle: true, format: 'esm', outfile, logLevel: 'error' });
  return readFileSync(outfile, 'utf8');
}

/** Serves `page` at / and `script` at /client.js until closed. */
async function serve(page, script) {
  const server = createServer((request, response) => {
    const js = request.url === '/client.js';
    response.writeHead(js || request.url === '/' ? 200 : 404, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(js ? script : request.url === '/' ? page : '');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

test('hydrateRoot in Chromium keeps the server’s element, shows the claim and fires onFactLoad once', async () => {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'fact-verdict-react-'));
  const { default: puppeteer } = await import('puppeteer-core');
  let browser;
  let server;
  try {
    const markup = renderToString(h(App, { doc }));
    const state = JSON.stringify({ doc, wrapperLoads: [], plainLoads: [], pageLoads: [] }).replace(/</g, '\\u003c');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"></head><body>
<div id="root">${markup}</div><div id="plain"></div>
<script>window.__test = ${state};
document.addEventListener('fact-load', (e) => window.__test.pageLoads.push(e.target.closest('#plain') ? 'plain' : e.detail.source));
window.__serverElement = document.querySelector('fact-verdict');</script>
<script type="module" src="/client.js"></script></body></html>`;
    server = await serve(page, await bundleClient(dir));
    browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const tab = await browser.newPage();
    const logged = [];
    tab.on('console', (message) => ['error', 'warn', 'warning', 'assert'].includes(message.type()) && logged.push(`${message.type()}: ${message.text()}`));
    tab.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
    await tab.goto(server.url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__test.wrapperLoads.length > 0 && window.__test.plainLoads.length > 0, { timeout: 10_000 });
    // Time for a second, unwanted event, and for React's deferred hydration warnings.
    await new Promise((done) => setTimeout(done, 500));

    const seen = await tab.evaluate(() => {
      /** All text under `root`, through open shadow roots. */
      const deepText = (root) =>
        [...(root.shadowRoot ?? root).childNodes]
          .map((node) =>
            node.nodeType === 3 ? node.textContent : node.nodeType === 1 && !['style', 'script'].includes(node.localName) ? ` ${deepText(node)}` : '',
          )
          .join('');
      const [wrapped, plain] = document.querySelectorAll('fact-verdict');
      return {
        sameElement: wrapped === window.__serverElement,
        state: wrapped.state,
        layout: wrapped.getAttribute('layout'),
        dataIsSet: wrapped.data?.claim?.text !== undefined,
        text: deepText(wrapped),
        badge: deepText(document.querySelector('fact-verdict-badge')),
        plainState: plain.state,
        plainText: deepText(plain),
        test: window.__test,
      };
    });
    assert.deepEqual(logged, [], 'no hydration error or warning, nothing else logged');
    assert.ok(seen.sameElement, 'hydration kept the element the server wrote');
    assert.equal(seen.state, 'ready');
    assert.equal(seen.layout, 'compact');
    assert.ok(seen.dataIsSet, 'the data property is set on the client too');
    assert.ok(seen.text.includes(doc.claim.text), 'the claim is rendered in the shadow DOM');
    assert.ok(seen.badge.includes(doc.verdict.label), 'the badge shows its label');
    assert.deepEqual(seen.test.wrapperLoads, ['property'], 'onFactLoad fired once, for the data property set at hydration');
    // On the page: the element read its inline child when it upgraded, before React listened; the
    // property, set at hydration, is read once more (the same document, drawn over in place).
    assert.deepEqual(
      seen.test.pageLoads.filter((source) => source !== 'plain'),
      ['inline', 'property'],
    );

    // Without the wrapper: React 19 sets a custom element's `on…` prop as a listener for the rest of
    // the name, case kept, so only `onfact-load` hears `fact-load`.
    assert.equal(seen.plainState, 'ready');
    assert.ok(seen.plainText.includes(doc.claim.text));
    assert.deepEqual(seen.test.plainLoads, ['onfact-load']);
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`# hydration test: ${Math.round(performance.now() - started)} ms`);
});

test('a TSX consumer type-checks against the built types, and its wrong props do not', async () => {
  const { default: ts } = await import('typescript');
  const file = resolve('test/react-fixtures/consumer.tsx');
  const source = readFileSync(file, 'utf8');
  // The same program without its @ts-expect-error comments, beside it so `fact-verdict/react` resolves the same way.
  const stripped = resolve('test/react-fixtures/consumer.stripped.tsx');
  const expected = [];
  const lines = source.split('\n').map((line, i, all) => {
    const marker = /@ts-expect-error (\w+)/.exec(line);
    if (!marker) return line;
    expected.push(`${marker[1]} at line ${i + 2}: ${all[i + 1].trim().slice(0, 40)}`);
    return '';
  });
  const options = {
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === stripped || fileExists.call(host, name);
  host.readFile = (name) => (name === stripped ? lines.join('\n') : readFile.call(host, name));
  host.getSourceFile = (name, ...rest) =>
    name === stripped ? ts.createSourceFile(name, lines.join('\n'), ts.ScriptTarget.ES2022, true) : getSourceFile.call(host, name, ...rest);
  const program = ts.createProgram([file, stripped], options, host);
  const describe = (d) =>
    `${d.file ? `${d.file.fileName.replace(/.*\//, '')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const inConsumer = diagnostics.filter((d) => d.file?.fileName === file);
  assert.deepEqual(inConsumer.map(describe), [], 'the consumer compiles: right props pass, and every @ts-expect-error line fails');
  const failingLines = new Set(diagnostics.filter((d) => d.file?.fileName === stripped).map((d) => d.file.getLineAndCharacterOfPosition(d.start).line + 1));
  assert.deepEqual(
    expected.filter((e) => !failingLines.has(Number(/line (\d+)/.exec(e)[1]))),
    [],
    'without the directives, each marked line is an error',
  );
  assert.equal(failingLines.size, expected.length, `only the marked lines fail: ${diagnostics.map(describe).join('; ')}`);
  assert.ok(expected.length >= 4);
});
