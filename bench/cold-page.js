// A fresh page (cold.html): times the first thing it shows, once. `?variant=embed` renders the first
// embed after the bundle defined the elements; `floor` parses the static floor once; `intl` times
// the page's first Intl.DateTimeFormat against its second. scripts/bench.mjs reads window.cold.
import { announcements, finish } from './settle.js';

async function run(variant) {
  const stage = document.getElementById('stage');
  if (variant === 'intl') {
    const date = new Date(Date.UTC(2024, 10, 28));
    const t0 = performance.now();
    new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
    const t1 = performance.now();
    new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
    return { firstMs: t1 - t0, secondMs: performance.now() - t1 };
  }
  if (variant === 'floor') {
    const html = await (await fetch('/bench/floor-embed.html')).text();
    const start = performance.now();
    stage.setHTMLUnsafe(html);
    return finish(window, stage, start, { defined: false });
  }
  const doc = await (await fetch('/examples/fip-csto-putin-2024.json')).json();
  await customElements.whenDefined('fact-verdict');
  const definedAt = performance.now();
  const loads = announcements(stage, 1);
  const start = performance.now();
  const el = document.createElement('fact-verdict');
  el.data = doc;
  stage.append(el);
  await loads;
  return { ...(await finish(window, stage, start, { defined: true })), definedAtMs: definedAt };
}

window.cold = run(new URLSearchParams(location.search).get('variant'));
