// What the CDN bundle fetches on pages a publisher actually writes: the entry alone for a badge,
// the kit chunk (the embed's implementation: loader, reader, views, parts) once a page has an
// embed or uses a part alone, with an embed's document requested alongside it. Each page
// runs in a frame of its own, as the real bundle from dist/ (scripts/test.mjs builds it).
import { expect, waitUntil } from '../../src/test-support/index.js';
import { cdnPage, ENTRY, idle } from './cdn-page.js';
import { enEmbed } from '../../src/i18n/en-embed.js';

/** The page with the one script tag publishers add, and a handle on the same module instance for the page's own scripts. */
const page = (body: string) => cdnPage(body, { head: `<script type="module">import * as entry from '${ENTRY}'; window.factVerdict = entry;</script>` });

describe('the CDN bundle’s chunks', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('loads nothing but the entry on a page with only a badge', async () => {
    const { view, requested, remove } = await page('<p>The claim is <fact-verdict-badge label="False"></fact-verdict-badge>.</p>');
    await idle(view);
    expect(requested().filter((path) => path.startsWith('/dist/chunks/'))).to.deep.equal([]);
    expect(view.document.querySelector('fact-verdict-badge')!.shadowRoot!.textContent).to.include('False');
    remove();
  });

  it('loads the kit once for a page with embeds, and shows them', async () => {
    const doc = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as unknown;
    const inline = `<fact-verdict><script type="application/json">${JSON.stringify(doc).replaceAll('</', '<\\/')}</script></fact-verdict>`;
    const { view, requested, remove } = await page(inline + inline);
    const embeds = [...view.document.querySelectorAll('fact-verdict')] as (HTMLElement & { state: string })[];
    await waitUntil(() => embeds.every((el) => el.state === 'ready'), 'the embeds never became ready', { timeout: 8000 });
    const kits = requested().filter((path) => /^\/dist\/chunks\/cdn-kit-.*\.js$/.test(path));
    expect(kits.length).to.equal(1);
    remove();
  });

  it('fetches the round-up views only for an input with several reviews, before it is ready', async () => {
    const doc = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as Record<string, unknown>;
    const review = (claim: string, publisher: string, label: string) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://${publisher}.example/check`,
      claimReviewed: claim,
      author: { '@type': 'Organization', name: publisher },
      reviewRating: { '@type': 'Rating', alternateName: label },
    });
    const single = `<fact-verdict><script type="application/json">${JSON.stringify(doc).replaceAll('</', '<\\/')}</script></fact-verdict>`;
    const one = await page(single);
    const oneEmbed = one.view.document.querySelector('fact-verdict') as HTMLElement & { state: string };
    await waitUntil(() => oneEmbed.state === 'ready', 'the embed never became ready', { timeout: 8000 });
    expect(one.requested().filter((path) => path.includes('roundup'))).to.deep.equal([]);
    one.remove();

    const reviews = [review('The bridge will close.', 'alpha', 'False'), review('The bridge will close.', 'beta', 'Mostly false')];
    const several = await page(`<fact-verdict><script type="application/ld+json">${JSON.stringify(reviews)}</script></fact-verdict>`);
    const embed = several.view.document.querySelector('fact-verdict') as HTMLElement & { state: string };
    await waitUntil(() => embed.state === 'ready', 'the round-up never became ready', { timeout: 8000 });
    expect(several.requested().filter((path) => path.includes('roundup')).length).to.equal(1);
    // Ready means drawn with its views: both fact-checkers together, from the first frame it is ready.
    expect(embed.shadowRoot!.querySelectorAll('[part~="fact-checker"]').length).to.equal(2);
    several.remove();
  });

  it('fetches the kit while a lazy embed waits for the viewport, before its document', async () => {
    const { view, requested, remove } = await page('<div style="height: 5000px"></div><fact-verdict src="/examples/fip-csto-putin-2024.json"></fact-verdict>');
    await waitUntil(() => requested().some((path) => /^\/dist\/chunks\/cdn-kit-/.test(path)), 'the kit was not preloaded', { timeout: 8000 });
    expect(requested()).to.not.include('/examples/fip-csto-putin-2024.json');
    const el = view.document.querySelector('fact-verdict') as HTMLElement & { state: string };
    expect(el.state).to.equal('loading');
    remove();
  });

  // One step after the entry, not two: the document must not wait for the chunk that reads it.
  for (const loading of ['lazy', 'eager']) {
    it(`requests a visible ${loading} embed's document alongside the kit, not after it`, async () => {
      const src = `/examples/fip-csto-putin-2024.json?waterfall=${loading}`;
      const { view, remove } = await page(`<fact-verdict loading="${loading}" src="${src}"></fact-verdict>`);
      const el = view.document.querySelector('fact-verdict') as HTMLElement & { state: string };
      await waitUntil(() => el.state === 'ready', 'the embed never became ready', { timeout: 8000 });
      const entries = view.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const kit = entries.find((entry) => /\/dist\/chunks\/cdn-kit-/.test(entry.name))!;
      const documents = entries.filter((entry) => entry.name.endsWith(src));
      expect(documents.length, 'one request for the document').to.equal(1);
      // Not after the kit: requested before it arrived. A kit served from the cache arrives within a
      // millisecond (WebKit reports none at all), so the order cannot be seen; then the request
      // only has to come in the same stretch of work, not a round trip later (under a loaded CI
      // machine's scheduling, lazy embeds' observers have answered up to about 200 ms late).
      const requestedAt = documents[0]!.startTime;
      const cached = kit.responseEnd - kit.startTime < 5;
      const after = Math.round(requestedAt - kit.startTime);
      expect(
        requestedAt < kit.responseEnd || (cached && after < 400),
        `the document was requested ${after} ms after the kit, which took ${Math.round(kit.responseEnd - kit.startTime)} ms`,
      ).to.equal(true);
      remove();
    });
  }

  it('keeps the embed’s English out of the entry, for the chunk to bring', async () => {
    const entry = await (await fetch(ENTRY)).text();
    const strings = Object.values(enEmbed).filter((value): value is string => typeof value === 'string' && value.length > 8);
    expect(strings.length).to.be.above(10);
    expect(strings.filter((text) => entry.includes(text))).to.deep.equal([]);
  });

  it('defines a part used alone, without an embed on the page', async () => {
    const { view, remove } = await page('<fact-timeline></fact-timeline>');
    await waitUntil(() => view.customElements.get('fact-timeline') !== undefined, 'fact-timeline was never defined', { timeout: 8000 });
    remove();
  });

  it('lets a script add a part later through loadParts()', async () => {
    const { view, remove } = await page('<p>No parts yet.</p>');
    const entry = (view as Window & { factVerdict?: { loadParts: () => Promise<void> } }).factVerdict;
    expect(view.customElements.get('fact-claim-card')).to.equal(undefined);
    await entry!.loadParts();
    expect(view.customElements.get('fact-claim-card')).to.not.equal(undefined);
    remove();
  });
});
