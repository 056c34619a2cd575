// `npm run bench` (on demand, not in CI): how fast fact-verdict is, as ratios against baselines
// measured in the same run, since these machines are noisy.
//  1. Validation in Node: readFactCheck on the canonical document vs. a JSON round trip of it.
//  2. Rendering in Chromium: N full embeds from the CDN bundle vs. N static articles with the
//     same text built from a <template>, both until laid out.
// Needs `npm run build` first, and Chromium (/usr/bin/chromium or CHROME_PATH).
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { readFactCheck } from '../dist/data/index.js';

const doc = JSON.parse(readFileSync('examples/fip-csto-putin-2024.json', 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function timeLoop(fn, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const ITERATIONS = 5000;
const validate = [];
const baseline = [];
for (let round = 0; round < 7; round += 1) {
  baseline.push(timeLoop(() => JSON.parse(JSON.stringify(doc)), ITERATIONS));
  validate.push(timeLoop(() => readFactCheck(doc), ITERATIONS));
}
const v = median(validate);
const b = median(baseline);
console.log(
  `validation: readFactCheck ${((v / ITERATIONS) * 1000).toFixed(1)} µs per document; JSON round trip ${((b / ITERATIONS) * 1000).toFixed(1)} µs; ratio ${(v / b).toFixed(2)}×`,
);

const port = 8400 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/bench/bench.html`, { waitUntil: 'load' });
  const count = Number(process.env.BENCH_COUNT ?? 100);
  const result = await page.evaluate((options) => window.runBench(options), { count, rounds: 5 });
  console.log(
    `rendering: ${result.count} full embeds ${result.embedMs.toFixed(0)} ms; ${result.count} static articles ${result.staticMs.toFixed(0)} ms; ratio ${(result.embedMs / result.staticMs).toFixed(1)}× (median of ${result.rounds})`,
  );
} finally {
  await browser.close();
  server.kill();
}
