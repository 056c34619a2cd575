// What every variant of the bench waits for before it stops the clock, shared by the warm page
// (bench-page.js) and the fresh pages (cold-page.js).

/** Every element of a tree, through every open shadow root. */
export function allElements(root, out = []) {
  if (root.shadowRoot) allElements(root.shadowRoot, out);
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

/**
 * Waits until every nested element has rendered: none is `:not(:defined)` (where elements are
 * meant to be defined: in the static frame the copies are plain DOM on purpose), and every
 * LitElement's updateComplete resolved to true with no new element appearing. The same walk runs
 * for the static variants, so its own cost is charged to both sides.
 */
export async function settle(win, root, { defined }) {
  let last = -1;
  for (let pass = 0; pass < 100; pass += 1) {
    const els = allElements(root);
    if (defined) {
      const names = new Set(els.filter((el) => el.matches(':not(:defined)')).map((el) => el.localName));
      if (names.size) {
        await Promise.all([...names].map((name) => win.customElements.whenDefined(name)));
        continue;
      }
    }
    const done = await Promise.all(els.map((el) => el.updateComplete).filter(Boolean));
    if (done.every(Boolean) && els.length === last) return;
    last = els.length;
  }
  throw new Error('bench: the elements never settled');
}

export const frameTick = (win) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** Settles, forces layout, waits one frame; the times since `start` when settled, laid out, and at that frame. */
export async function finish(win, root, start, options) {
  await settle(win, root, options);
  const settledMs = performance.now() - start;
  root.getBoundingClientRect();
  const layoutMs = performance.now() - start;
  await frameTick(win);
  return { settledMs, layoutMs, frameMs: performance.now() - start };
}

/** Resolves with the times of the first `count` fact-load/fact-error events on a stage. */
export function announcements(stage, count) {
  if (!count) return Promise.resolve([]);
  return new Promise((resolve) => {
    const times = [];
    const on = (event) => {
      times.push({ t: performance.now(), type: event.type });
      if (times.length < count) return;
      stage.removeEventListener('fact-load', on);
      stage.removeEventListener('fact-error', on);
      resolve(times);
    };
    stage.addEventListener('fact-load', on);
    stage.addEventListener('fact-error', on);
  });
}
