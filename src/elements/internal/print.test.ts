// Print (issue 12, "Share and print"): every section expanded, every link's address printed as
// text, black on white, no break inside the card or an item. Emulated with emulateMedia
// (@web/test-runner-commands), which only Chromium's runner can do: elsewhere these skip, saying so.
import '../../test-support/unhandled-rejections.js';
import { emulateMedia } from '@web/test-runner-commands';
import { deepQueryAll, expect, fixture, html, loadExample, nextFrame, settled, shadow } from '../../test-support/index.js';
import type { Evidence, FactCheck } from '../../data/fact-check/schema.js';
import { roundup } from '../../data/claim-review/fixtures/roundup.js';
import type { FactEvidenceList } from '../evidence-list/evidence-list.element.js';
import type { FactVerdict } from '../verdict/verdict.element.js';
import '../evidence-list/fact-evidence-list.js';
import '../verdict-badge/fact-verdict-badge.js';
import '../verdict/fact-verdict.js';

/** Switches the page to print media (or back); false where the engine cannot emulate it. */
async function media(kind: 'print' | 'screen'): Promise<boolean> {
  const print = matchMedia('print');
  // The change reaches `matchMedia` listeners as an event, some frames after the styles apply:
  // wait for it (when there is one to wait for), then give the elements a frame to redraw.
  const changed =
    print.matches === (kind === 'print')
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          print.addEventListener('change', () => resolve(), { once: true });
          setTimeout(resolve, 2000);
        });
  try {
    await emulateMedia({ media: kind });
  } catch {
    return false;
  }
  await changed;
  await nextFrame();
  return matchMedia('print').matches === (kind === 'print');
}

const sources = (count: number): Evidence[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `Source ${i + 1}`,
    url: `https://news.example/${i + 1}`,
    archiveUrl: `https://web.archive.org/web/2024/https://news.example/${i + 1}`,
  }));

const items = (el: Element) => shadow(el).querySelectorAll('[part~="item"]');

/** What a link prints after itself: its `::after` content, with the address attr(href) resolves to. */
function printedAfter(link: Element): string {
  return getComputedStyle(link, '::after').content;
}

describe('print', () => {
  beforeEach(async function () {
    if (!(await media('print'))) this.skip();
    await media('screen');
  });
  afterEach(() => media('screen'));

  it('shows every source, and no "Show all" button, while printing; collapses again after', async () => {
    const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(9)}></fact-evidence-list>`);
    expect(items(el)).to.have.length(5);
    await media('print');
    await el.updateComplete;
    expect(items(el)).to.have.length(9);
    expect(getComputedStyle(shadow(el).querySelector('[part="toggle"]')!).display).to.equal('none');
    await media('screen');
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    expect(getComputedStyle(shadow(el).querySelector('[part="toggle"]')!).display).not.to.equal('none');
  });

  it('stops listening for print once the list leaves the page', async () => {
    const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(9)}></fact-evidence-list>`);
    el.remove();
    await media('print');
    await el.updateComplete;
    expect(items(el), 'a detached list is not redrawn for print').to.have.length(5);
  });

  it("prints every link's address after it, in the embed and in each part", async () => {
    const doc = (await loadExample('fip-csto-putin-2024')) as unknown as FactCheck;
    const evidence = (doc.evidence ?? []).map((source, i) => ({ ...source, url: `https://source.example/${i}`, archiveUrl: `https://archive.example/${i}` }));
    const el = await settled(
      await fixture<FactVerdict>(html`<fact-verdict .data=${{ ...doc, evidence, url: 'https://factcheck.example/csto' }}></fact-verdict>`),
    );
    await media('print');
    const links = deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, 'a[href]');
    const kinds = links.map((a) => a.getAttribute('part') ?? a.closest('[part]')?.getAttribute('part'));
    // Sources, archived copies and the full fact-check link at least (the example has more).
    expect(kinds).to.include.members(['link', 'archive-link', 'full-link']);
    for (const link of links) expect(printedAfter(link), link.href).to.include(link.getAttribute('href')!);
    // Every source's archived copy is printed, not only the first few: the list is whole.
    expect(deepQueryAll(el.shadowRoot!, '[part="archive-link"]')).to.have.length(evidence.length);
    await media('screen');
    for (const link of links) expect(printedAfter(link)).to.equal('none');
  });

  it('prints the verdict badge dark on white, inside a black outline, not white on its tone', async () => {
    const el = await fixture(html`<fact-verdict-badge rating="false"></fact-verdict-badge>`);
    const badge = shadow(el).querySelector('.badge')!;
    expect(getComputedStyle(badge).color).to.equal('rgb(255, 255, 255)');
    await media('print');
    const style = getComputedStyle(badge);
    expect(style.color).to.equal('rgb(0, 0, 0)');
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style.borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  it('keeps the card and each source on one page where it can, and the card black on white in a dark theme', async () => {
    const doc = (await loadExample('fip-csto-putin-2024')) as unknown as FactCheck;
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict theme="dark" .data=${doc}></fact-verdict>`));
    await media('print');
    const card = shadow(el).querySelector('.embed')!;
    expect(getComputedStyle(card).breakInside).to.equal('avoid');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(card).color).to.equal('rgb(0, 0, 0)');
    const sourceItems = deepQueryAll(el.shadowRoot!, '[part~="item"]');
    expect(sourceItems.length).to.be.greaterThan(0);
    for (const item of sourceItems) expect(getComputedStyle(item).breakInside).to.equal('avoid');
  });

  it("prints a round-up's compact fact-checks in full, without their buttons", async () => {
    const el = await fixture<FactVerdict>(html`<fact-verdict .data=${roundup}></fact-verdict>`);
    await settled(el);
    const layouts = () => [...shadow(el).querySelectorAll('article')].map((a) => (a.classList.contains('full') ? 'full' : 'compact'));
    expect(layouts()).to.deep.equal(['full', 'compact', 'compact']);
    await media('print');
    await el.updateComplete;
    expect(layouts()).to.deep.equal(['full', 'full', 'full']);
    for (const button of shadow(el).querySelectorAll('[part="expand-button"]')) expect(getComputedStyle(button).display).to.equal('none');
    await media('screen');
    expect(layouts()).to.deep.equal(['full', 'compact', 'compact']);
  });
});
