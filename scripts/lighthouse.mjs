// `npm run lighthouse`: on demand, not in CI. Lighthouse (pinned: 13 needs Node 22) against the demo
// article served by scripts/serve.mjs from the built dist/, in Debian's Chromium (CHROME_PATH, else
// /usr/bin/chromium). Each preset runs several times and the median is reported, since one run of a
// simulated-throttling audit varies by a few points. Prints the figures and the audits that cost
// points, and writes them with the machine and the date to bench/lighthouse.json (generated, ignored).
//
//   npm run lighthouse                      # mobile and desktop, 3 runs each
//   npm run lighthouse -- --runs 5 --preset mobile
//   npm run lighthouse -- --save-reports    # also the full reports, in bench-results/
//
// The issue's targets (reported, not enforced): performance >= 95, CLS 0, TBT < 50 ms.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import { screenEmulationMetrics } from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const LOCK = '/tmp/fv-dist.lock';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGETS = { performance: 95, cls: 0, tbtMs: 50 };
const OUT = 'bench/lighthouse.json';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    preset: { type: 'string', default: 'both' },
    // Also keep each preset's median run as a full Lighthouse report (ignored, like every bench result).
    'save-reports': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 3);
const presets = args.preset === 'both' ? ['mobile', 'desktop'] : [args.preset];
if (!presets.every((p) => p === 'mobile' || p === 'desktop')) {
  console.error('--preset is mobile, desktop or both');
  process.exit(2);
}

// dist/ is shared with builds and tests running in parallel: hold the lock for the whole run so the
// bundle cannot be rewritten under the audit. Re-run this script under flock where flock exists.
if (!process.env.FV_LIGHTHOUSE_LOCKED && spawnSync('flock', ['--version']).status === 0) {
  const child = spawnSync('flock', [LOCK, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, FV_LIGHTHOUSE_LOCKED: '1' },
  });
  process.exit(child.status ?? 1);
}

if (!existsSync('dist/fact-verdict.min.js')) {
  console.log('dist/ is missing: building first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The chrome-launcher Lighthouse ships and is tested with (another, older one is hoisted for wtr).
const requireFromLighthouse = createRequire(import.meta.resolve('lighthouse'));
const { launch } = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);

/** A port nothing listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/** Starts scripts/serve.mjs and resolves with the demo's address once it listens. */
function serve(port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) } });
  const ready = new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('demo article:')) done(`http://localhost:${port}/demo/`);
    });
    server.stderr.on('data', (chunk) => process.stderr.write(chunk));
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  return { server, ready };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The figures this script reports, from one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const resources = lhr.audits['resource-summary']?.details?.items ?? [];
  const bytes = (type) => resources.find((item) => item.resourceType === type)?.transferSize ?? 0;
  const score = (id) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: Number(audit('cumulative-layout-shift').toFixed(4)),
    tbtMs: Math.round(audit('total-blocking-time')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    speedIndexMs: Math.round(audit('speed-index')),
    scriptTransferBytes: bytes('script'),
    totalTransferBytes: bytes('total'),
    // The CDN bundle and its chunks, apart from what the demo page itself imports from dist/.
    cdnScriptTransferBytes: (lhr.audits['network-requests']?.details?.items ?? [])
      .filter((request) => /\/dist\/(?:fact-verdict\.min\.js|chunks\/)/.test(request.url))
      .reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    requests: resources.find((item) => item.resourceType === 'total')?.requestCount ?? 0,
  };
}

/** The audits that cost points in a result: failed ones in a scored category, with their worst items. */
function costs(lhr) {
  const found = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      const failed = audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative';
      if (!failed || (ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings')) continue;
      const items = (audit.details?.items ?? []).slice(0, 3).map((item) => {
        const what = item.url ?? item.node?.snippet ?? item.source?.url ?? item.groupLabel ?? item.description ?? '';
        const ms = item.wastedMs ?? item.duration ?? item.total;
        const saving = item.wastedBytes ? `${item.wastedBytes} B` : ms ? `${Math.round(ms)} ms` : '';
        return [String(what).slice(0, 120), saving].filter(Boolean).join(' — ');
      });
      found.push({ category: id, id: ref.id, weight: ref.weight, score: audit.score, title: audit.title, value: audit.displayValue ?? '', items });
    }
  }
  return found;
}

/**
 * The elements that moved (what Cumulative Layout Shift counts). Lighthouse 12's own layout-shifts
 * audit fails on current Chromium (its RootCauses gatherer cannot read the new trace), so this loads
 * the page once more in the preset's viewport and asks the browser: a layout-shift observer names
 * each moved node, described here through the shadow roots it sits in.
 */
async function layoutShifts(url, preset) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    const page = await browser.newPage();
    const screen = preset === 'desktop' ? desktopConfig.settings.screenEmulation : screenEmulationMetrics.mobile;
    await page.setViewport({ width: screen.width, height: screen.height, deviceScaleFactor: screen.deviceScaleFactor, isMobile: screen.mobile });
    await page.evaluateOnNewDocument(() => {
      const name = (element) => {
        const id = element.id ? `#${element.id}` : '';
        const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        return `${element.localName}${id}${cls}`;
      };
      // The moved element, its nearest landmark (an id or a custom element) in each tree up to
      // the page, and the start of its text, so a bare <p> can still be found.
      const describe = (node) => {
        const start = node.nodeType === 1 ? node : node.parentElement;
        if (!start) return '(text)';
        const parts = [];
        for (let element = start; element; element = element.getRootNode().host) {
          parts.unshift(name(element));
          let landmark = element.parentElement;
          while (landmark && !landmark.id && !landmark.localName.includes('-')) landmark = landmark.parentElement;
          if (landmark) parts.unshift(`${name(landmark)} …`);
        }
        const text = (start.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        return `${parts.join(' >> ')}${text ? ` "${text}"` : ''}`;
      };
      globalThis.__shifts = [];
      new globalThis.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          const rects = (rect) => `${Math.round(rect.y)}+${Math.round(rect.height)}`;
          const sources = entry.sources.map((s) => `${s.node ? describe(s.node) : '(removed)'} y ${rects(s.previousRect)} -> ${rects(s.currentRect)}`);
          globalThis.__shifts.push({ score: entry.value, atMs: Math.round(entry.startTime), sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((done) => setTimeout(done, 1000));
    const shifts = await page.evaluate(() => globalThis.__shifts);
    return shifts.map((shift) => ({ ...shift, score: Number(shift.score.toFixed(4)) })).sort((a, b) => b.score - a.score);
  } finally {
    await browser.close();
  }
}

/** The longest main-thread tasks (what Total Blocking Time counts), with the script each ran. */
function longTasks(lhr) {
  return (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 5)
    .map((task) => ({ url: task.url, startMs: Math.round(task.startTime), durationMs: Math.round(task.duration) }));
}

/**
 * The floor: the same article with every request to dist/ blocked, so that no fact-verdict code runs
 * and the page shows its publisher's fallbacks. What the page costs by itself (parsing its HTML and
 * CSS, its fonts and layout) is then seen apart from what the embeds add, as the bench does with
 * its hand-written floor.
 */
const FLOOR_BLOCKS = ['*/dist/*'];

async function audit(url, preset, { floor = false } = {}) {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, blockedUrlPatterns: floor ? FLOOR_BLOCKS : null },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const { server, ready } = serve(await freePort());
const report = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  },
  lighthouse: JSON.parse(readFileSync(requireFromLighthouse.resolve('lighthouse/package.json'), 'utf8')).version,
  chromeFlags: CHROME_FLAGS,
  runs,
  targets: TARGETS,
  presets: {},
};

try {
  const url = await ready;
  for (const preset of presets) {
    const results = [];
    const floorResults = [];
    // Each run of the page is followed by one of the floor, so that both see the same moment of a noisy machine.
    for (let run = 1; run <= runs; run += 1) {
      process.stdout.write(`${preset} run ${run}/${runs}… `);
      const lhr = await audit(url, preset);
      results.push({ lhr, figures: figures(lhr) });
      const floorLhr = await audit(url, preset, { floor: true });
      floorResults.push(figures(floorLhr));
      console.log(
        `performance ${results.at(-1).figures.performance} (TBT ${results.at(-1).figures.tbtMs} ms; without fact-verdict ${floorResults.at(-1).tbtMs} ms)`,
      );
      report.machine.browser ??= lhr.environment.hostUserAgent;
      report.url ??= lhr.finalDisplayedUrl;
    }
    const mid = {};
    for (const key of Object.keys(results[0].figures)) mid[key] = median(results.map((r) => r.figures[key]));
    const floorMid = {};
    for (const key of Object.keys(floorResults[0])) floorMid[key] = median(floorResults.map((r) => r[key]));
    // The audits of the run whose performance score is the median one, so the list matches a real run.
    const typical = results.find((r) => r.figures.performance === median(results.map((x) => x.figures.performance))) ?? results[0];
    if (args['save-reports']) {
      mkdirSync('bench-results', { recursive: true });
      writeFileSync(`bench-results/lighthouse-${preset}.json`, JSON.stringify(typical.lhr));
    }
    report.presets[preset] = {
      median: mid,
      runs: results.map((r) => r.figures),
      withoutFactVerdict: { median: floorMid, runs: floorResults },
      benchmarkIndex: typical.lhr.environment.benchmarkIndex,
      meetsTargets: mid.performance >= TARGETS.performance && mid.cls <= TARGETS.cls && mid.tbtMs < TARGETS.tbtMs,
      costs: costs(typical.lhr),
      layoutShifts: mid.cls > 0 ? await layoutShifts(url, preset) : [],
      longTasks: longTasks(typical.lhr),
    };
  }
} finally {
  server.kill();
}

for (const [
  preset,
  {
    median: m,
    withoutFactVerdict: { median: f },
    meetsTargets,
    costs: lost,
    layoutShifts: shifts,
    longTasks: tasks,
  },
] of Object.entries(report.presets)) {
  console.log(`\n${preset} (median of ${runs}): ${meetsTargets ? 'meets' : 'MISSES'} the targets (performance >= 95, CLS 0, TBT < 50 ms)`);
  console.log(`  performance ${m.performance}  accessibility ${m.accessibility}  best practices ${m.bestPractices}`);
  console.log(`  CLS ${m.cls}  TBT ${m.tbtMs} ms  LCP ${m.lcpMs} ms  FCP ${m.fcpMs} ms  speed index ${m.speedIndexMs} ms`);
  console.log(`  without fact-verdict (dist/ blocked, the fallbacks shown): performance ${f.performance}  CLS ${f.cls}  TBT ${f.tbtMs} ms  LCP ${f.lcpMs} ms`);
  console.log(
    `  script transferred ${m.scriptTransferBytes} B (CDN bundle and chunks ${m.cdnScriptTransferBytes} B) of ${m.totalTransferBytes} B in ${m.requests} requests`,
  );
  for (const cost of lost) {
    console.log(`  - ${cost.category}: ${cost.title} (${cost.id}, score ${cost.score}${cost.value ? `, ${cost.value}` : ''})`);
    for (const item of cost.items) console.log(`      ${item}`);
  }
  for (const shift of shifts.slice(0, 5)) {
    console.log(`  layout shift ${shift.score} at ${shift.atMs} ms (unthrottled reload):`);
    for (const source of shift.sources) console.log(`      ${source}`);
  }
  for (const task of tasks) console.log(`  long task ${task.durationMs} ms at ${task.startMs} ms: ${task.url}`);
}
mkdirSync('bench', { recursive: true });
writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${OUT} (${report.machine.cpu}, ${report.machine.cores} cores, ${report.date}).`);
