import sinon from 'sinon';
import { fixtureCleanup } from '@open-wc/testing';
import { deepQueryAll, expect, fixture, html, settled } from '../../test-support/index.js';
import { naughtyStrings } from '../../test-support/random.js';
import { safeUrl } from '../../data/safe-url.js';
import type { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

/**
 * Every string of the Big List of Naughty Strings, rendered through every text and URL field of
 * the embed: nothing it says may become markup, run code, or leave the embed.
 */
describe('<fact-verdict> with naughty strings', () => {
  afterEach(() => sinon.restore());

  it('renders every string as text, every link through the gate, and nothing runs or leaks', async () => {
    const strings = await naughtyStrings();
    const alert = sinon.stub(window, 'alert');
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
    const before = document.body.querySelectorAll('*').length;
    const BATCH = 40;
    for (let start = 0; start < strings.length; start += BATCH) {
      const batch = strings.slice(start, start + BATCH).filter((s) => s.trim() !== '');
      const doc = {
        headline: batch[0],
        url: batch[1],
        claim: { text: batch.join(' | '), claimant: { name: batch[2] || 'x', description: batch[3], url: batch[4] }, context: batch[5] },
        verdict: { label: batch[6] || 'x', summary: batch[7] },
        evidence: batch.map((s) => ({ title: s, url: s, publisher: s, quote: s })),
        timeline: batch.map((s) => ({ date: '2022-07', title: s, description: s, url: s })),
        publisher: { name: batch[8] || 'x', url: batch[9], logo: batch[10] },
        authors: batch.slice(11, 14).map((s) => ({ name: s, url: s })),
      };
      const wrapper = await fixture<HTMLElement>(html`<div><fact-verdict .data=${doc}></fact-verdict></div>`);
      const el = await settled(wrapper.querySelector<FactVerdict>('fact-verdict')!);
      const root = el.shadowRoot!;
      // Show every source, as a reader would, so every naughty URL is actually rendered.
      const list = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('fact-evidence-list')!;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      await list.updateComplete;
      expect(deepQueryAll(list.shadowRoot!, '[part="item"]').length, `batch at ${start}`).to.equal(batch.length);
      // Only the elements the templates write: no script, iframe, object, embed, style, or image
      // other than the publisher's logo (whose src must also have passed the gate).
      expect(deepQueryAll(root, 'script, iframe, object, embed, style, link, meta, base, form, input').length, `batch at ${start}`).to.equal(0);
      for (const img of deepQueryAll<HTMLImageElement>(root, 'img')) {
        expect(img.getAttribute('part'), `batch at ${start}`).to.equal('publisher-logo');
        expect(/^https?:\/\/[^/\s]/.test(img.getAttribute('src')!)).to.equal(true);
        expect(safeUrl(img.getAttribute('src'))).to.equal(img.getAttribute('src'));
      }
      for (const a of deepQueryAll<HTMLAnchorElement>(root, '[href]')) {
        const href = a.getAttribute('href')!;
        // Checked against a fixed rule as well as the gate, so a broken gate cannot pass itself.
        expect(/^https?:\/\/[^/\s]/.test(href), `${href} in batch at ${start}`).to.equal(true);
        expect(safeUrl(href), `batch at ${start}`).to.equal(href);
      }
      for (const node of deepQueryAll(root, '*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${node.localName}[${attr}] in batch at ${start}`).to.equal(false);
      }
      // Every batch is a valid document, so every batch must render: the checks above saw it all.
      expect(el.state, `batch at ${start}`).to.equal('ready');
      const quote = deepQueryAll(root, '[part="quote"]')[0]!;
      expect(quote.textContent).to.equal(doc.claim.text);
      fixtureCleanup();
    }
    expect(alert.callCount).to.equal(0);
    // Nothing was written into the host page outside the fixtures.
    expect(document.body.querySelectorAll('*').length).to.equal(before);
  });
});
