// A publisher's page for the CDN tests: a same-origin frame holding `body` and the script tags a
// publisher adds, running the real files from dist/ (scripts/test.mjs builds them), with what it
// requested read from its resource timing.
import { waitUntil } from '../../src/test-support/index.js';

/** The full CDN entry and the badge-only file, as a page names them. */
export const ENTRY = '/dist/fact-verdict.min.js';
export const BADGE_FILE = '/dist/fact-verdict-badge.min.js';

export interface CdnPageOptions {
  /** The page's `lang`. */
  lang?: string;
  /** The module scripts in the page's head, in order; the full entry by default. */
  scripts?: readonly string[];
  /** More markup for the head, after the scripts (a handle on a module for the test). */
  head?: string;
  width?: number;
  height?: number;
}

export interface CdnPage {
  frame: HTMLIFrameElement;
  view: Window;
  /** The paths the page has requested so far. */
  requested: () => string[];
  remove: () => void;
}

/** Opens the page and waits until a script on it has defined `<fact-verdict-badge>`. */
export async function cdnPage(body: string, { lang = 'en', scripts = [ENTRY], head = '', width = 600, height = 400 }: CdnPageOptions = {}): Promise<CdnPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; width: ${width}px; height: ${height}px; border: 0;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${tags}${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  await waitUntil(() => view.customElements.get('fact-verdict-badge') !== undefined, `${scripts.join(', ')} never ran`, { timeout: 8000 });
  return {
    frame,
    view,
    requested: () => view.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    remove: () => frame.remove(),
  };
}

/** Lets the page's idle callbacks and timers run, so a request that would happen has happened. */
export const idle = (view: Window) => new Promise((resolve) => view.setTimeout(resolve, 600));
