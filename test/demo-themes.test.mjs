// The demo's theme pages (issue 12), as a reader opens them: the demo server (scripts/serve.mjs,
// with its strict CSP) on a free port, Chromium through puppeteer-core, at a desktop and a phone
// width. demo/themes.html shows one embed in three publishers' looks made of `--fact-*` tokens and
// `::part()` rules only (demo/themes.css); demo/reset.html puts the embed under a
// `* { margin: 0; padding: 0 }` reset. Both must load with nothing thrown, logged as an error or
// refused by the CSP; every embed must reach `ready`; each theme must reach inside the embed (a
// part's computed style differs from theme to theme, and from an unthemed embed); and under the
// reset the embed keeps its padding and its distance from the next paragraph.
// Needs dist/ built; run alone: `flock /tmp/fv-dist.lock node --test test/demo-themes.test.mjs`.
/* global window, document, getComputedStyle -- in the page.evaluate() callbacks, which run in Chromium */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './demo-server.mjs';

const WIDTHS = [1280, 375];

let stop;
let browser;
let origin;

before(async () => {
  ({ origin, browser, stop } = await startDemo());
});

after(async () => {
  await stop?.();
});

/** Opens a demo page at `width`; resolves once every embed on it has left `loading`, with what went wrong meanwhile. */
async function open(path, width) {
  // A context of its own per page: nothing cached from the last one (a 304 is not a load).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`thrown: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.exposeFunction('reportCspViolation', (v) => problems.push(`CSP refused: ${v}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewport({ width, height: 900 });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert.ok(response.ok(), `${path} answered ${response.status()}`);
  await page.waitForFunction(() => {
    const embeds = [...document.querySelectorAll('fact-verdict')];
    return embeds.length > 0 && embeds.every((el) => el.state && el.state !== 'loading');
  });
  return { page, problems };
}

/**
 * Computed styles of named parts of an embed, found the way `::part()` finds them: a part name on
 * an element of the embed's shadow tree, or re-exported from a child's (`claim__badge__base`).
 * Read through the open shadow roots here, in the test; the page's own CSS never pierces them.
 */
function partStyles(page, selector) {
  return page.$eval(selector, (host) => {
    // `claim__badge__base`: the `claim` part's shadow root, its `badge` part's, and there `base`.
    const find = (root, name) => {
      let el = null;
      for (const piece of name.split('__')) {
        el = root?.querySelector(`[part~="${piece}"]`) ?? null;
        root = el?.shadowRoot;
      }
      return el;
    };
    const read = (name) => {
      const el = find(host.shadowRoot, name);
      if (!el) return null;
      const s = getComputedStyle(el);
      return {
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        fontWeight: s.fontWeight,
        color: s.color,
        background: s.backgroundColor,
        textTransform: s.textTransform,
        borderRadius: s.borderTopLeftRadius,
      };
    };
    return { state: host.state, base: read('base'), headline: read('headline'), kicker: read('kicker'), badge: read('claim__badge__base') };
  });
}

for (const width of WIDTHS) {
  test(`demo/themes.html at ${width}px: three themed embeds, ready, each in its own look, nothing refused or thrown`, async () => {
    const { page, problems } = await open('/demo/themes.html', width);
    try {
      const themes = {};
      for (const name of ['broadsheet', 'tabloid', 'tech']) themes[name] = await partStyles(page, `.${name} fact-verdict`);
      // The same document without a theme, for what the defaults look like on this page.
      await page.evaluate(() => {
        const plain = document.createElement('fact-verdict');
        plain.id = 'unthemed';
        plain.setAttribute('src', '/examples/fip-csto-putin-2024.json');
        plain.setAttribute('loading', 'eager');
        document.querySelector('.intro').append(plain);
      });
      await page.waitForFunction(() => document.getElementById('unthemed').state === 'ready');
      const plain = await partStyles(page, '#unthemed');

      for (const [name, styles] of Object.entries(themes)) {
        assert.equal(styles.state, 'ready', `the ${name} embed is ${styles.state}`);
        for (const part of ['base', 'headline', 'kicker', 'badge']) assert.ok(styles[part], `the ${name} embed has its ${part} part`);
        assert.notDeepEqual(styles.base, plain.base, `the ${name} theme changed the embed's box`);
        assert.notDeepEqual(styles.headline, plain.headline, `the ${name} theme changed the headline`);
      }
      const names = Object.keys(themes);
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          assert.notEqual(themes[a].base.background, themes[b].base.background, `${a} and ${b} share a surface colour`);
          assert.notEqual(
            themes[a].headline.fontFamily + themes[a].headline.fontSize,
            themes[b].headline.fontFamily + themes[b].headline.fontSize,
            `${a} and ${b} share a headline`,
          );
          assert.notDeepEqual(themes[a].badge, themes[b].badge, `${a} and ${b} share a verdict`);
        }
      }
      // The looks each theme promises, through tokens (the surface) and parts (type, the verdict's size).
      assert.match(themes.broadsheet.headline.fontFamily, /Georgia/, 'the broadsheet sets its headline in a serif');
      assert.equal(themes.broadsheet.base.borderRadius, '0px', 'the broadsheet squares the box (--fact-radius)');
      assert.ok(
        parseFloat(themes.tabloid.badge.fontSize) >= 1.5 * parseFloat(plain.badge.fontSize),
        `the tabloid's verdict is big (${themes.tabloid.badge.fontSize} against ${plain.badge.fontSize})`,
      );
      assert.equal(themes.tabloid.headline.textTransform, 'uppercase');
      assert.equal(themes.tech.base.background, 'rgb(16, 21, 28)', 'the technology site’s dark surface (--fact-surface-color)');
      assert.deepEqual(problems, []);
    } finally {
      await page.browserContext().close();
    }
  });

  test(`demo/reset.html at ${width}px: under * { margin: 0; padding: 0 } the embed keeps its padding and its distance from the next paragraph`, async () => {
    const { page, problems } = await open('/demo/reset.html', width);
    try {
      const measured = await page.evaluate(() => {
        const host = document.getElementById('reset-embed');
        const base = host.shadowRoot.querySelector('[part~="base"]');
        const next = host.nextElementSibling;
        const style = getComputedStyle(base);
        return {
          states: [...document.querySelectorAll('fact-verdict')].map((el) => el.state),
          hostMargin: getComputedStyle(host).marginBlockStart,
          nextMargin: getComputedStyle(next).marginBlockStart,
          padding: parseFloat(style.paddingInlineStart),
          gapAfter: next.getBoundingClientRect().top - base.getBoundingClientRect().bottom,
          gapBefore: base.getBoundingClientRect().top - host.previousElementSibling.getBoundingClientRect().bottom,
        };
      });
      assert.deepEqual(measured.states, ['ready', 'ready']);
      // The reset is in force: it zeroes the host's own margin and the next paragraph's.
      assert.equal(measured.hostMargin, '0px');
      assert.equal(measured.nextMargin, '0px');
      assert.ok(measured.padding >= 12, `the embed keeps its padding (${measured.padding}px)`);
      assert.ok(measured.gapAfter >= 16, `a gap between the embed and the next paragraph (${measured.gapAfter}px)`);
      assert.ok(measured.gapBefore >= 16, `a gap between the previous paragraph and the embed (${measured.gapBefore}px)`);
      assert.deepEqual(problems, []);
    } finally {
      await page.browserContext().close();
    }
  });
}
