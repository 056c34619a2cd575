// What the server renders against what the client renders over it: the same canonical document,
// printed by renderFactVerdict into two pages, one without the CDN script (what a reader without
// JavaScript, or before it runs, gets) and one with it (after the element has taken over). Shadow
// root by shadow root, the elements, their attributes and their text must be the same, except what
// the platform does differently on each side:
// - the server writes each shadow root's styles as <style> elements; the client adopts
//   constructed stylesheets instead;
// - the server marks nested parts `defer-hydration`; they drop it as they upgrade;
// - the timeline's scroller is a focusable region on the server, which cannot measure whether it
//   overflows; the client keeps it one only while it does (checked below on the client's side).
// The embed's height must not change either (no layout shift when the script takes over).
// Needs dist/ built (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

/* global document, getComputedStyle, requestAnimationFrame */

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { renderFactVerdict } = await import(join(repo, 'dist/ssr/index.js'));
const canonical = JSON.parse(readFileSync(join(repo, 'examples/fip-csto-putin-2024.json'), 'utf8'));

/** Differences that are the platform's, not the library's (see the header). */
const PLATFORM_ONLY = {
  elements: new Set(['style']),
  attributes: new Set(['defer-hydration']),
  measured: { part: 'scroller', attributes: ['role', 'aria-labelledby', 'tabindex'] },
};

function page(embed, withScript) {
  const script = withScript ? '<script type="module" src="/dist/fact-verdict.min.js"></script>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body style="margin:0;width:900px">${embed}</body></html>`;
}

/** Every element in every shadow tree, in order: its depth, tag, attributes and own text. */
function describeTree(platformOnly) {
  const rows = [];
  const measuredRegions = [];
  const walk = (root, depth) => {
    for (const el of root.querySelectorAll('*')) {
      if (platformOnly.elements.includes(el.localName)) continue;
      const measured = el.part.contains(platformOnly.measured.part);
      if (measured) measuredRegions.push({ region: el.getAttribute('role') === 'region', overflows: el.scrollWidth > el.clientWidth + 1 });
      const attributes = [...el.attributes]
        .filter((a) => !platformOnly.attributes.includes(a.name))
        .filter((a) => !(measured && platformOnly.measured.attributes.includes(a.name)))
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort()
        .join(' ');
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
      rows.push(`${'  '.repeat(depth)}<${el.localName} ${attributes}> ${text}`);
      if (el.shadowRoot) walk(el.shadowRoot, depth + 1);
    }
  };
  walk(document.body, 0);
  const embed = document.querySelector('fact-verdict');
  return {
    rows,
    measuredRegions,
    height: embed.getBoundingClientRect().height,
    state: embed.getAttribute('state'),
    direction: getComputedStyle(embed.shadowRoot.querySelector('[part~="base"]')).direction,
  };
}

for (const lang of ['en', 'ar']) {
  test(`the client renders over the server's ${lang} embed the same DOM, at the same height`, async () => {
    const embed = await renderFactVerdict(canonical, { lang });
    const pages = { '/server.html': page(embed, false), '/client.html': page(embed, true) };
    const server = createServer((request, response) => {
      const path = new URL(request.url, 'http://localhost').pathname;
      if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
      try {
        const body = readFileSync(join(repo, path));
        response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
    try {
      const snapshot = async (path) => {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await tab.setViewport({ width: 1000, height: 900 });
        await tab.goto(origin + path, { waitUntil: 'networkidle0' });
        // The client's render (and its language's catalogue) settle; the server's page has nothing to run.
        await tab.waitForFunction(() => document.querySelector('fact-verdict').getAttribute('state') === 'ready', { timeout: 10_000 });
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const tree = await tab.evaluate(describeTree, {
          elements: [...PLATFORM_ONLY.elements],
          attributes: [...PLATFORM_ONLY.attributes],
          measured: PLATFORM_ONLY.measured,
        });
        await tab.close();
        return { ...tree, errors };
      };
      const before = await snapshot('/server.html');
      const after = await snapshot('/client.html');
      assert.deepEqual(after.errors, []);
      assert.ok(before.rows.length > 80, `the server's embed has ${before.rows.length} elements`);
      assert.deepEqual(after.rows, before.rows);
      // The server assumes the scroller overflows (a spare tab stop rather than an unreachable one).
      assert.ok(before.measuredRegions.length > 0 && before.measuredRegions.every((r) => r.region), 'the server renders the scroller as a region');
      for (const r of after.measuredRegions) assert.equal(r.region, r.overflows, 'on the client the scroller is a region exactly while it overflows');
      assert.ok(Math.abs(after.height - before.height) < 1, `height ${before.height} on the server, ${after.height} on the client`);
      assert.equal(after.direction, before.direction);
      assert.equal(before.direction, lang === 'ar' ? 'rtl' : 'ltr');
    } finally {
      await browser.close();
      server.close();
    }
  });
}
