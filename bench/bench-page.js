// Runs in the page: renders N embeds of a document and, as the baseline in the same run, N static
// articles with the same text built from a <template>. Both wait for layout. The page reports
// medians over several rounds to bench.mjs through window.benchResult.
const stage = document.getElementById('stage');
const template = document.getElementById('static-embed');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function renderEmbeds(doc, count) {
  const start = performance.now();
  const loads = [];
  for (let i = 0; i < count; i += 1) {
    const el = document.createElement('fact-verdict');
    loads.push(new Promise((resolve) => el.addEventListener('fact-load', resolve, { once: true })));
    el.data = doc;
    stage.append(el);
  }
  await Promise.all(loads);
  // fact-load fires after the embed rendered; its parts update in the same frame.
  await Promise.all([...stage.querySelectorAll('fact-verdict')].flatMap((el) => [...el.shadowRoot.querySelectorAll('*')].map((c) => c.updateComplete)));
  stage.getBoundingClientRect();
  const time = performance.now() - start;
  stage.replaceChildren();
  return time;
}

async function renderStatic(doc, count) {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const article = template.content.cloneNode(true);
    article.querySelector('h2').textContent = doc.headline ?? '';
    article.querySelector('blockquote').textContent = doc.claim.text;
    article.querySelector('figcaption').textContent = doc.claim.claimant?.name ?? '';
    article.querySelector('section p').textContent = doc.verdict.summary ?? '';
    for (const source of doc.evidence ?? []) article.querySelector('ul').append(Object.assign(document.createElement('li'), { textContent: source.title }));
    for (const event of doc.timeline ?? [])
      article.querySelector('ol').append(Object.assign(document.createElement('li'), { textContent: `${event.date} ${event.title}` }));
    stage.append(article);
  }
  await new Promise(requestAnimationFrame);
  stage.getBoundingClientRect();
  const time = performance.now() - start;
  stage.replaceChildren();
  return time;
}

window.runBench = async ({ count, rounds }) => {
  const doc = await (await fetch('/examples/fip-csto-putin-2024.json')).json();
  await customElements.whenDefined('fact-verdict');
  await renderEmbeds(doc, 5); // warm up: chunks loaded, code compiled
  await renderStatic(doc, 5);
  const embeds = [];
  const statics = [];
  for (let r = 0; r < rounds; r += 1) {
    statics.push(await renderStatic(doc, count));
    embeds.push(await renderEmbeds(doc, count));
  }
  return { count, rounds, embedMs: median(embeds), staticMs: median(statics) };
};
