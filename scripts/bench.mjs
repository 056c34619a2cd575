// `npm run bench` (on demand, not in CI): how fast fact-verdict is, as ratios against baselines
// measured in the same run and interleaved with it, since these machines are noisy.
//  1. Validation in Node: readFactCheck on the canonical document vs. a JSON round trip of it.
//  1b. Server rendering in Node: renderFactVerdict (fact-verdict/ssr) on the canonical document,
//     as documents per second on one core, and as a multiple of readFactCheck, which it includes.
//  2. Rendering in Chromium, from the CDN bundle, against two baselines in a frame of the same size:
//     the floor, the same visible text written by hand as static HTML with a plain stylesheet
//     (bench/floor-*.html, bench/floor.css), and the same-DOM copy, the embed's own rendered shadow
//     trees as declarative shadow DOM with the elements' own CSS. The bench fails when either shows
//     other text than the embed. Embed ÷ copy is the cost of the machinery; copy ÷ floor the cost
//     of the markup.
// Writes bench/results.json and prints a Markdown table (paste it into README's Benchmark section).
// Needs `npm run build` first (run it all under `flock /tmp/fv-dist.lock`), and Chromium
// (/usr/bin/chromium or CHROME_PATH).
import { readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { readFactCheck } from '../dist/data/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const COLD_RUNS = ROUNDS;
const LARGE_ROUNDS = Math.min(ROUNDS, Number(process.env.BENCH_LARGE_ROUNDS ?? 3));

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: values.length };
};

// ---- 1. validation in Node

const doc = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));
function timeLoop(fn, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}
const ITERATIONS = 5000;
const validation = { readFactCheck: [], jsonRoundTrip: [], ratio: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  const b = timeLoop(() => JSON.parse(JSON.stringify(doc)), ITERATIONS);
  const v = timeLoop(() => readFactCheck(doc), ITERATIONS);
  validation.jsonRoundTrip.push(b * 1000);
  validation.readFactCheck.push(v * 1000);
  validation.ratio.push(v / b);
}

// ---- 1b. server rendering in Node

const { renderFactVerdict } = await import('../dist/ssr/index.js');
const SSR_ITERATIONS = 200;
const ssr = { renderMs: [], perSecond: [], ratioToValidation: [], bytes: (await renderFactVerdict(doc)).length };
for (let i = 0; i < 20; i += 1) await renderFactVerdict(doc); // warm up
for (let round = 0; round < ROUNDS; round += 1) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < SSR_ITERATIONS; i += 1) await renderFactVerdict(doc);
  const each = Number(process.hrtime.bigint() - start) / 1e6 / SSR_ITERATIONS;
  const v = timeLoop(() => readFactCheck(doc), ITERATIONS);
  ssr.renderMs.push(each);
  ssr.perSecond.push(1000 / each);
  ssr.ratioToValidation.push(each / v);
}

// ---- 2. rendering in Chromium

const port = 8400 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const base = `http://localhost:${port}/bench`;

/** Opens a page; the static copies carry inline <style>, which the demo server's CSP forbids. */
async function open(url, width) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setBypassCSP(true);
  await page.setViewport({ width, height: 800 });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Fails loudly when a baseline does not show the embed's visible text (spacing aside). */
function sameText(name, expected, actual) {
  const squash = (s) => s.replace(/\s+/g, '');
  const a = squash(expected);
  const b = squash(actual);
  if (a === b) return;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  throw new Error(
    `bench: ${name} does not show the embed's visible text; they part at\n  embed: …${a.slice(Math.max(0, i - 40), i + 60)}…\n  ${name}: …${b.slice(Math.max(0, i - 40), i + 60)}…`,
  );
}

const samples = {};
const push = (key, value) => (samples[key] ??= []).push(value);
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

let results;
try {
  const page = await open(`${base}/bench.html`, 1800);
  const setup = await page.evaluate(() => window.bench.setup());
  sameText('the inline-JSON embed', setup.text.embed, setup.text.inline);
  sameText('the floor (bench/floor-embed.html)', setup.text.embed, setup.text.floor);
  sameText('the same-DOM copy', setup.text.embed, setup.text.copy);
  sameText('the badge floor (bench/floor-badge.html)', setup.text.badge, setup.text['badge-floor']);
  sameText('the badge copy', setup.text.badge, setup.text['badge-copy']);
  if (Math.abs(setup.heights.embed - setup.heights.copy) > 1)
    throw new Error(`bench: the same-DOM copy is ${setup.heights.copy}px tall, the embed ${setup.heights.embed}px: it is not the same DOM and CSS`);

  const measure = (variant, n) => page.evaluate((v, k) => window.bench.measure(v, k), variant, n);
  // JS heap against the empty stage, each after a full GC, in the same isolate as both frames.
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Runtime.getHeapUsage');
  };
  /** 1000 of a variant: timed like the others, then weighed while mounted. */
  async function measureLarge(variant) {
    await page.evaluate(() => window.bench.clear());
    const empty = await heap();
    push(`${variant}:1000`, await page.evaluate((v) => window.bench.mount(v, 1000), variant));
    const full = await heap();
    await page.evaluate(() => window.bench.clear());
    push(`heap-js:${variant}`, { mb: (full.usedSize - empty.usedSize) / 2 ** 20 });
    if (full.embedderHeapUsedSize !== undefined) push(`heap-dom:${variant}`, { mb: (full.embedderHeapUsedSize - empty.embedderHeapUsedSize) / 2 ** 20 });
  }
  const variants = ['embed-data', 'embed-inline', 'floor', 'copy'];
  for (const variant of variants) await measure(variant, 100); // warm up: chunks loaded, code compiled
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const n of [1, 100]) for (const variant of rotate(variants, round)) push(`${variant}:${n}`, await measure(variant, n));
    // 1000 embeds take seconds each (most of it is text layout, which the floor pays too): fewer rounds.
    if (round < LARGE_ROUNDS) for (const variant of rotate(variants, round)) await measureLarge(variant);
    for (const variant of rotate(['badge', 'badge-floor', 'badge-copy'], round)) push(`${variant}:1000`, await measure(variant, 1000));
    for (const variant of rotate(['embed-data', 'copy'], round))
      push(`replace-${variant}:100`, await page.evaluate((v) => window.bench.replace(v, 100), variant));
    push('frames:100', await page.evaluate(() => window.bench.framesToReady(100)));
  }
  await page.evaluate(() => window.bench.clear());
  await page.close();

  // Cold start: the first embed (and the first floor, and the first Intl.DateTimeFormat) on a fresh page.
  for (let run = 0; run < COLD_RUNS; run += 1)
    for (const variant of rotate(['embed', 'floor', 'intl'], run)) {
      const cold = await open(`${base}/cold.html?variant=${variant}`, 880);
      push(`cold-${variant}`, await cold.evaluate(() => window.cold));
      await cold.close();
    }

  const cpus = os.cpus();
  results = {
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      chromium: await browser.version(),
      node: process.version,
      date: new Date().toISOString(),
    },
    rounds: ROUNDS,
    counts: setup.counts,
    heights: setup.heights,
  };
} finally {
  await browser.close();
  server.kill();
}

// ---- figures: every measurement as median/min/max over the rounds; ratios paired per round

const field = (key, name) => samples[key].map((s) => s[name]);
const pairRatios = (a, b, name) => field(a, name).map((value, i) => value / field(b, name)[i]);
const measurements = {};
const ratios = {};
for (const key of Object.keys(samples)) {
  measurements[key] = Object.fromEntries(Object.keys(samples[key][0]).map((name) => [name, stats(field(key, name))]));
}
const against = (label, a, b, name) => (ratios[label] = stats(pairRatios(a, b, name)));
for (const n of [1, 100, 1000])
  for (const variant of ['embed-data', 'embed-inline']) {
    against(`${variant}:${n} ÷ floor`, `${variant}:${n}`, `floor:${n}`, 'layoutMs');
    against(`${variant}:${n} ÷ copy`, `${variant}:${n}`, `copy:${n}`, 'layoutMs');
  }
for (const n of [1, 100, 1000]) against(`copy:${n} ÷ floor`, `copy:${n}`, `floor:${n}`, 'layoutMs');
against('badge:1000 ÷ floor', 'badge:1000', 'badge-floor:1000', 'layoutMs');
against('badge:1000 ÷ copy', 'badge:1000', 'badge-copy:1000', 'layoutMs');
against('replace:100 ÷ copy swap', 'replace-embed-data:100', 'replace-copy:100', 'layoutMs');
for (const variant of ['embed-data', 'embed-inline']) {
  against(`heap-js:${variant} ÷ floor`, `heap-js:${variant}`, 'heap-js:floor', 'mb');
  against(`heap-js:${variant} ÷ copy`, `heap-js:${variant}`, 'heap-js:copy', 'mb');
}
if (samples['heap-dom:embed-data']) {
  against('heap-dom:1000 ÷ floor', 'heap-dom:embed-data', 'heap-dom:floor', 'mb');
  against('heap-dom:1000 ÷ copy', 'heap-dom:embed-data', 'heap-dom:copy', 'mb');
}
against('cold first embed ÷ cold floor', 'cold-embed', 'cold-floor', 'layoutMs');
measurements.validation = Object.fromEntries(Object.entries(validation).map(([k, v]) => [k, stats(v)]));
measurements.ssr = { bytes: ssr.bytes, ...Object.fromEntries(['renderMs', 'perSecond', 'ratioToValidation'].map((k) => [k, stats(ssr[k])])) };
Object.assign(results, { measurements, ratios });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

// ---- the Markdown table

const ms = (key, name = 'layoutMs') => {
  const s = measurements[key][name];
  return `${s.median.toFixed(s.median < 10 ? 1 : 0)} (${s.min.toFixed(s.min < 10 ? 1 : 0)}–${s.max.toFixed(s.max < 10 ? 1 : 0)})`;
};
const x = (label) => {
  const s = ratios[label];
  return `${s.median.toFixed(1)}× (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
};
const mb = (key) => (measurements[key] ? `${measurements[key].mb.median.toFixed(1)} MB` : '–');
const rows = ['| measurement (median, min–max) | fact-verdict | floor | same-DOM copy | ÷ floor | ÷ copy |', '|---|---|---|---|---|---|'];
for (const n of [1, 100, 1000])
  for (const variant of ['embed-data', 'embed-inline'])
    rows.push(
      `| ${n} embed${n > 1 ? 's' : ''}, ${variant === 'embed-data' ? '`data`' : 'inline JSON'}, ms | ${ms(`${variant}:${n}`)} | ${ms(`floor:${n}`)} | ${ms(`copy:${n}`)} | ${x(`${variant}:${n} ÷ floor`)} | ${x(`${variant}:${n} ÷ copy`)} |`,
    );
rows.push(
  `| 1000 inline badges, ms | ${ms('badge:1000')} | ${ms('badge-floor:1000')} | ${ms('badge-copy:1000')} | ${x('badge:1000 ÷ floor')} | ${x('badge:1000 ÷ copy')} |`,
);
rows.push(`| new \`data\` on 100 embeds, ms | ${ms('replace-embed-data:100')} | – | ${ms('replace-copy:100')} (swap) | – | ${x('replace:100 ÷ copy swap')} |`);
rows.push(
  `| JS heap, 1000 embeds (\`data\`) | ${mb('heap-js:embed-data')} | ${mb('heap-js:floor')} | ${mb('heap-js:copy')} | ${x('heap-js:embed-data ÷ floor')} | ${x('heap-js:embed-data ÷ copy')} |`,
);
if (ratios['heap-dom:1000 ÷ floor'])
  rows.push(
    `| DOM heap, 1000 embeds | ${mb('heap-dom:embed-data')} | ${mb('heap-dom:floor')} | ${mb('heap-dom:copy')} | ${x('heap-dom:1000 ÷ floor')} | ${x('heap-dom:1000 ÷ copy')} |`,
  );
rows.push(`| first embed on a fresh page, ms | ${ms('cold-embed')} | ${ms('cold-floor')} | – | ${x('cold first embed ÷ cold floor')} | – |`);
const frames = measurements['frames:100'];
const c = results.counts;
const m = results.machine;
const table = [
  ...rows,
  '',
  `- Per embed: ${c.embed.elements} elements (floor ${c.floor.elements}), ${c.embed.comments} Lit comment markers, ${c.embed.shadowRoots} shadow roots, ${c.embed.adoptedStyleSheets} adopted stylesheets (${c.embed.uniqueStyleSheets} distinct); per badge: ${c.badge.elements} elements, ${c.badge.comments} markers, ${c.badge.shadowRoots} shadow root, ${c.badge.adoptedStyleSheets} stylesheets.`,
  `- 100 connected embeds whose data is set in one task: ${frames.framesToLastRender.median} animation frame(s) pass before the last one renders (${frames.lastRenderMs.median.toFixed(0)} ms after the task), the renders fall in ${frames.framesWithRenders.median} frame(s); ${frames.longAnimationFrames.median} long animation frame(s), the longest ${frames.longestFrameMs.median.toFixed(0)} ms.`,
  `- Cold: the page's first \`Intl.DateTimeFormat\` takes ${measurements['cold-intl'].firstMs.median.toFixed(1)} ms, the second ${measurements['cold-intl'].secondMs.median.toFixed(2)} ms (an English embed builds none: \`src/i18n/en-dates.ts\`). Validation in Node: \`readFactCheck\` ${measurements.validation.readFactCheck.median.toFixed(1)} µs per document, ${measurements.validation.ratio.median.toFixed(1)}× a JSON round trip.`,
  `- Server rendering in Node (\`renderFactVerdict\`, canonical document, ${(measurements.ssr.bytes / 1024).toFixed(1)} KB of HTML): ${measurements.ssr.renderMs.median.toFixed(2)} ms per document (${measurements.ssr.renderMs.min.toFixed(2)}–${measurements.ssr.renderMs.max.toFixed(2)}), ${measurements.ssr.perSecond.median.toFixed(0)} documents a second on one core, ${measurements.ssr.ratioToValidation.median.toFixed(0)}× \`readFactCheck\` alone.`,
  `- Measured ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores), ${m.os}, ${m.chromium}, Node ${m.node}; ${ROUNDS} interleaved rounds (${LARGE_ROUNDS} for 1000 embeds and the heaps).`,
].join('\n');
writeFileSync('bench/results.md', `${table}\n`);
console.log(table);
