#!/usr/bin/env node
// Runs axe over every story of the static Storybook build, in headless Chromium, and exits non-zero
// on any violation. It also checks that the build registered the elements: every `fact-*` element
// a story renders must be defined and have a shadow root (a `sideEffects` list that misses the
// registration modules makes a production build drop them silently).
//
//   npm run test:storybook                      # builds storybook-static, then runs this
//   node stories/check-a11y.mjs [dir] [filter]  # an existing build; only story ids containing `filter`
//
// Chromium: CHROME_PATH, else /usr/bin/chromium (scripts/ensure-chromium.sh installs it). axe runs
// as Storybook's a11y addon runs it: the whole story body, Storybook's own wrappers excluded.
//
// Every story runs three times (issue 11): on a light page, on a dark page (`color-scheme: dark`,
// which every embed with `theme="auto"` follows) and right to left (`dir="rtl"` on the story root
// and the document, set before the story renders), each with zero violations.
//
// Rules disabled, and why (the only ones):
// - `region`: a story is a fragment of a page, not a page; the landmarks belong to the publisher's
//   article around the embed, which a story does not have.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = resolve(process.argv[2] ?? 'storybook-static');
const filter = process.argv[3] ?? '';
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Elements a story may render on purpose without defining them (the light-DOM fallback demo). */
const NEVER_DEFINED = new Set(['fact-verdict-fallback-demo']);
const STORY_TIMEOUT = 20_000;
const DISABLED_RULES = ['region'];

/**
 * The pages every story is checked on. `prepare` runs in the story's frame before any of its
 * scripts, so the elements render in that setting from their first frame.
 */
const VARIANTS = [
  { name: 'light', prepare: null },
  {
    name: 'dark',
    prepare: () => {
      // Runs before the document has its <html>: apply it as soon as there is one.
      const apply = () => {
        const root = document.documentElement;
        root.style.colorScheme = 'dark';
        root.style.background = '#121417';
        root.style.color = '#e8eaed';
      };
      if (document.documentElement) apply();
      else new window.MutationObserver((_, observer) => document.documentElement && (observer.disconnect(), apply())).observe(document, { childList: true });
    },
  },
  {
    name: 'rtl',
    prepare: () => {
      const apply = () => document.documentElement.setAttribute('dir', 'rtl');
      if (document.documentElement) apply();
      else new window.MutationObserver((_, observer) => document.documentElement && (observer.disconnect(), apply())).observe(document, { childList: true });
      document.addEventListener('DOMContentLoaded', () => document.querySelector('#storybook-root')?.setAttribute('dir', 'rtl'));
    },
  },
];

if (!existsSync(join(root, 'index.json'))) {
  console.error(`check-a11y: ${join(root, 'index.json')} is missing; run \`npm run build-storybook\` first.`);
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`check-a11y: no Chromium at ${executablePath}; install it (bash scripts/ensure-chromium.sh) or set CHROME_PATH.`);
  process.exit(2);
}

// ---- A static server for the build (404 for what is not there, like any host) -----------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));

/** Waits, in the page, until Storybook finished the story (render and play) and every `fact-*` element settled. */
async function settle() {
  const deadline = Date.now() + 10_000;
  const preview = () => window.__STORYBOOK_PREVIEW__;
  while (!['completed', 'finished', 'errored', 'aborted'].includes(preview()?.currentRender?.phase)) {
    if (Date.now() > deadline) return { phase: preview()?.currentRender?.phase ?? 'none' };
    await new Promise((r) => setTimeout(r, 25));
  }
  const all = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('fact-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document.body);
    return found;
  };
  // Embeds fetching a real `src` settle on `ready` or `error`; the one that never answers stays `loading`.
  while (Date.now() < deadline) {
    const elements = all();
    await Promise.all(elements.map((el) => el.updateComplete));
    const fetching = elements.some((el) => el.localName === 'fact-verdict' && el.state === 'loading' && el.src && !el.src.startsWith('https://pending.'));
    if (!fetching) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(all().map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const elements = all();
  return {
    phase: preview().currentRender.phase,
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    elements: elements.map((el) => ({
      tag: el.localName,
      defined: customElements.get(el.localName) !== undefined,
      rendered: el.shadowRoot !== null,
      state: el.getAttribute('state'),
    })),
  };
}

async function runAxe(disabled) {
  window.axe.configure({ rules: disabled.map((id) => ({ id, enabled: false })) });
  const results = await window.axe.run(
    { include: [document.body], exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
    { resultTypes: ['violations'] },
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}

// Two browsers, one page each, share the checks: each page is the only (so the foreground) tab of
// its browser, which keeps requestAnimationFrame running (background tabs pause it, and every
// element's settle waits on it), and the two cores check two stories at once.
const WORKERS = 2;

/** One browser with one page, set up as every check wants it. */
async function openWorker() {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  // Only the catalogue's own origin: publisher logos and the like on example.org are not fetched.
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith(origin) || request.url().startsWith('data:') ? request.continue() : request.abort()));
  const worker = { browser, page, pageErrors: [] };
  page.on('pageerror', (error) => worker.pageErrors.push(error.message));
  return worker;
}

/** Checks one story in one variant on the worker's page; what went wrong, and how many elements it checked. */
async function check(worker, story, variant) {
  const { page } = worker;
  worker.pageErrors = [];
  const problems = [];
  let elements = 0;
  const prepared = variant.prepare ? await page.evaluateOnNewDocument(variant.prepare) : undefined;
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    const state = await page.evaluate(settle);
    if (!['completed', 'finished'].includes(state.phase)) problems.push(`story did not complete (phase: ${state.phase})`);
    if (state.errorShown) problems.push('Storybook shows an error for this story');
    for (const el of state.elements ?? []) {
      if (NEVER_DEFINED.has(el.tag)) continue;
      elements += 1;
      if (!el.defined) problems.push(`<${el.tag}> is not registered in the static build`);
      else if (!el.rendered) problems.push(`<${el.tag}> has no shadow root`);
    }
    if (!(state.elements ?? []).some((el) => !NEVER_DEFINED.has(el.tag)) && !story.id.includes('light-dom-fallback'))
      problems.push('no fact-* element rendered');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(runAxe, DISABLED_RULES);
    if (variant.name === 'rtl') {
      const dir = await page.evaluate(() => window.getComputedStyle(document.querySelector('#storybook-root')).direction);
      if (dir !== 'rtl') problems.push(`the story root is not right to left (direction: ${dir})`);
    }
    for (const v of violations) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n        ${v.helpUrl}`);
      for (const node of v.nodes) problems.push(`    at ${JSON.stringify(node.target)}\n        ${(node.summary ?? '').replace(/\n/g, '\n        ')}`);
    }
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  if (prepared) await page.removeScriptToEvaluateOnNewDocument(prepared.identifier);
  for (const message of worker.pageErrors) problems.push(`uncaught error in the page: ${message}`);
  return { problems, elements };
}

const started = Date.now();
const jobs = stories.flatMap((story) => VARIANTS.map((variant) => ({ story, variant })));
const results = new Array(jobs.length);
let next = 0;
const workers = await Promise.all(Array.from({ length: Math.min(WORKERS, jobs.length) }, openWorker));
await Promise.all(
  workers.map(async (worker) => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await check(worker, jobs[i].story, jobs[i].variant);
    }
  }),
);
await Promise.all(workers.map((worker) => worker.browser.close()));

// Reported in the catalogue's order, whichever worker checked what.
let failed = 0;
let elementsChecked = 0;
const checks = jobs.length;
jobs.forEach(({ story, variant }, i) => {
  const { problems, elements } = results[i];
  elementsChecked += elements;
  if (problems.length) {
    failed += 1;
    console.log(`✗ ${story.id} (${variant.name})`);
    for (const p of problems) console.log(`    ${p}`);
  } else {
    console.log(`✓ ${story.id} (${variant.name})`);
  }
});

server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\n${stories.length} stories × ${VARIANTS.length} pages (${VARIANTS.map((v) => v.name).join(', ')}), ${elementsChecked} fact-* elements checked for registration, in ${seconds}s; axe rules disabled: ${DISABLED_RULES.join(', ')}`,
);
console.log(`${checks - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
