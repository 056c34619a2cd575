// The three engines the suite runs in, each started from the Debian package that
// scripts/ensure-browsers.sh installs; nothing here downloads a browser.
//   Chromium: /usr/bin/chromium through puppeteer-core over the DevTools protocol.
//   Firefox:  /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi.
//   WebKit:   WebKitGTK's MiniBrowser (--automation) through WebKitWebDriver, classic WebDriver,
//             on the DISPLAY given or on an Xvfb started here (and stopped when the run ends).
// Each launcher carries `engine` ('chromium' | 'firefox' | 'webkit'): test/plain-summary-reporter.mjs
// counts by it, and the launchers keep the names the runner gives them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines FACT_VERDICT_BROWSERS names (comma-separated), all three when it is unset. */
export function enginesFromEnv(value = process.env.FACT_VERDICT_BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new Error(`FACT_VERDICT_BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}`);
  return names.length > 0 ? [...new Set(names)] : ENGINES;
}

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver';

/** A Chromium whose pages all run in `timeZone`. */
export function chromium(timeZone) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Several test pages share one browser; without these, background pages get throttled timers
        // and axe (which yields to the event loop) times out at random.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        // Keyboard scrolling is animated; a background page gets no frames to animate it in.
        '--disable-smooth-scrolling',
      ],
    },
    // A browser context (a window of its own) per test page: tabs sharing one window are hidden
    // and get no animation frames, so fixtures that wait for a frame would hang.
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
  return Object.assign(launcher, { engine: 'chromium' });
}

const keyQueues = new WeakMap();
/** Firefox ESR whose pages all run in `timeZone` (BiDi's emulation.setTimezoneOverride). */
export function firefox(timeZone) {
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // As Chromium's flags above: a page that is not in front keeps its timers and frames.
        'dom.min_background_timeout_value': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
        'layout.throttled_frame_rate': 60,
        // Keyboard scrolling jumps, as in Chromium with --disable-smooth-scrolling.
        'general.smoothScroll': false,
      },
    },
    // A window per test page, for the same reason as Chromium's context per page: a background tab
    // gets no animation frames.
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage({ type: 'window' });
      await page.emulateTimezone(timeZone);
      if (!keyQueues.has(browser)) keyQueues.set(browser, { last: Promise.resolve() });
      frontWindowKeys(page, keyQueues.get(browser));
      return page;
    },
  });
  return Object.assign(launcher, { engine: 'firefox' });
}

// Two things about keys in Firefox, both fixed on the page's keyboard, below the tests:
// - Puppeteer names the space bar 'Space' over the DevTools protocol (and webdriverio does over
//   WebDriver), but its WebDriver BiDi keyboard knows only ' '; the tests say 'Space' everywhere.
// - Two test pages run at once, each in its own window, and only one window is in front. A key sent
//   to the other one was now and then lost (an Enter on a focused button that never clicked, seen
//   only with two pages running), so each key goes to a window brought to the front first, one key
//   at a time across all the pages of that browser.
const BIDI_KEYS = { Space: ' ' };
function frontWindowKeys(page, queue) {
  const keyboard = page.keyboard;
  for (const method of ['press', 'down', 'up', 'type']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => {
      const turn = queue.last.then(async () => {
        await page.bringToFront();
        return original(BIDI_KEYS[key] ?? key, ...rest);
      });
      queue.last = turn.catch(() => {});
      return turn;
    };
  }
}

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
// Whatever way the run ends, no Xvfb or WebKitWebDriver outlives it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

let display;
/** The DISPLAY WebKit draws on: the one given, or a headless Xvfb started once for the whole run. */
function ensureDisplay() {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  display ??= new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display number itself and writes it on fd 3 once it is ready.
    const xvfb = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }));
    let number = '';
    let errors = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.on('error', (error) =>
      reject(new Error(`WebKit needs a display and Xvfb would not start (${error.message}); scripts/ensure-browsers.sh installs xvfb`)),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim().split('\n').at(-1)}`)));
  });
  return display;
}

/** Starts WebKitWebDriver in `timeZone` (MiniBrowser inherits TZ: WebDriver has no time-zone override). */
async function startWebKitDriver(timeZone) {
  const [DISPLAY, port] = await Promise.all([ensureDisplay(), freePort()]);
  const driver = track(spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DISPLAY, TZ: timeZone } }));
  const failed = new Promise((_, reject) => {
    driver.on('error', (error) =>
      reject(new Error(`${WEBKIT_DRIVER} would not start (${error.message}); scripts/ensure-browsers.sh installs webkit2gtk-driver`)),
    );
    driver.on('exit', (code) => reject(new Error(`${WEBKIT_DRIVER} exited (${code})`)));
  });
  const ready = (async () => {
    for (let tries = 0; tries < 100; tries += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port} within 10 s`);
  })();
  await Promise.race([ready, failed]);
  return { driver, port };
}

/**
 * WebKit (the engine of Safari) whose pages run in `timeZone`. One window, one test page at a time:
 * with more, @web/test-runner-webdriver runs pages in iframes of 300 by 150 px inside one window,
 * which no layout or focus test would survive.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(timeZone) {
    super({
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
    this.engine = 'webkit';
    this.timeZone = timeZone;
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    const { driver, port } = await startWebKitDriver(this.timeZone);
    this.webkitDriver = driver;
    this.options.port = port;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    // The session opens now rather than at the first page, so the window can be given the size
    // Chromium's and Firefox's pages get (ChromeLauncherPage sets 800 by 600) before any test runs.
    await this.ensureManagerInitialized();
    const chrome = await this.driver.execute('return [outerWidth - innerWidth, outerHeight - innerHeight]');
    await this.driver.setWindowSize(800 + chrome[0], 600 + chrome[1]);
  }

  async stop() {
    await super.stop();
    this.webkitDriver?.kill('SIGTERM');
  }
}

export function webkit(timeZone) {
  return new WebKitLauncher(timeZone);
}

export const LAUNCHERS = { chromium, firefox, webkit };
