import sinon from 'sinon';
import { deepText, expect, fixture, html, oneEvent, settled, shadow } from '../../test-support/index.js';
import { sameAppearanceDifferentWording, threeReviewsTwoClaims, twoPublishersOneClaim } from '../../data/claim-review/fixtures/several-checkers.js';
import { roundup } from '../../data/claim-review/fixtures/roundup.js';
import { toolsApiResult } from '../../data/claim-review/fixtures/tools-api.js';
import type { FactVerdict } from './verdict.element.js';
import { clearDocumentCache } from './request.js';
import './fact-verdict.js';

/** The visible words of each badge in `root`, as a sighted reader reads them. */
const badgeLabels = (root: ParentNode, part: string) =>
  [...root.querySelectorAll(`[part="${part}"]`)].map((badge) => shadow(badge).querySelector('[part="label"]')!.textContent!.trim());

const consensusOf = (el: FactVerdict) => shadow(el).querySelector<HTMLElement>('[part="consensus"]')!;

/** A ClaimReview as publishers print it, with the label given. */
const review = (claimReviewed: string, name: string, slug: string, label: string) => ({
  '@type': 'ClaimReview',
  url: `https://${slug}.example.org/check`,
  claimReviewed,
  author: { '@type': 'Organization', name },
  reviewRating: { '@type': 'Rating', alternateName: label },
});

describe('<fact-verdict> with several fact-checkers on one claim', () => {
  afterEach(() => {
    sinon.restore();
    clearDocumentCache();
  });

  describe('accessibility', () => {
    it('has no axe violations, light and dark, full and compact', async () => {
      for (const attrs of [{}, { theme: 'dark' }, { layout: 'compact' }] as const) {
        const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${threeReviewsTwoClaims}></fact-verdict>`));
        Object.assign(el, attrs);
        await settled(el);
        await expect(el).to.be.accessible();
      }
    });

    it('is a list of fact-checkers named by the count, with headings at the embed’s levels', async () => {
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict heading-level="4" .data=${threeReviewsTwoClaims}></fact-verdict>`));
      const box = consensusOf(el);
      const heading = box.querySelector('[part="consensus-heading"]')!;
      expect(heading.localName).to.equal('h4');
      const list = box.querySelector('[part="fact-checkers"]')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
      const names = [...list.querySelectorAll('[part="fact-checker-name"]')];
      expect(names.map((n) => n.localName)).to.deep.equal(['h5', 'h5']);
      expect(names.map((n) => n.querySelector('bdi')?.textContent)).to.deep.equal(['Example Fact Desk', 'Checks Weekly']);
      // The article is named by the claim, as one without a headline is.
      const article = box.closest('article')!;
      expect(shadow(el).getElementById(article.getAttribute('aria-labelledby')!)!.textContent).to.equal('Petrol costs twice what it did in 2020.');
    });
  });

  it('shows two reviews of one claim together and the review of another claim as before', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${threeReviewsTwoClaims}></fact-verdict>`));
    const articles = [...shadow(el).querySelectorAll('article')];
    expect(articles).to.have.length(2);
    const [together, other] = articles as [HTMLElement, HTMLElement];
    expect(together.querySelector('[part="consensus"]')).to.exist;
    expect(badgeLabels(together, 'consensus-badge')).to.deep.equal(['False', 'Mostly False']);
    expect(together.querySelectorAll('[part="fact-checker"]')).to.have.length(2);
    // The claim is shown once, in the card, without a verdict of its own.
    const card = together.querySelector('fact-claim-card')!;
    expect(deepText(card)).to.include('Petrol costs twice what it did in 2020.');
    expect(shadow(card).querySelector('fact-verdict-badge')).to.equal(null);
    expect(together.querySelectorAll('fact-claim-card')).to.have.length(1);
    expect(deepText(together.querySelector('[part="consensus"]')!)).not.to.include('Petrol costs');
    // The stadium claim is the second document of a round-up: compact and expandable, as before.
    expect(other.querySelector('[part="consensus"]')).to.equal(null);
    expect(other.classList.contains('compact')).to.equal(true);
    expect(deepText(other)).to.include('The new stadium will seat 90,000 people.');
    expect(other.querySelector('[part="expand-button"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('writes the line as "2 fact-checkers: False · Mostly False" and says how far they agree', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${threeReviewsTwoClaims}></fact-verdict>`));
    const box = consensusOf(el);
    const line = box.querySelector('.consensus-line')!;
    expect(line.querySelector('[part="consensus-heading"]')!.textContent!.trim()).to.equal('2 fact-checkers:');
    expect(deepText(line)).to.equal('2 fact-checkers: Verdict: False · Verdict: Mostly False');
    expect(box.dataset.agreement).to.equal('similar');
    expect(deepText(box.querySelector('[part="consensus-agreement"]')!)).to.equal('≈ They broadly agree.');

    const split = await settled(
      await fixture<FactVerdict>(
        html`<fact-verdict .data=${[review('Tea cures colds.', 'One', 'one', 'True'), review('tea cures colds', 'Two', 'two', 'False')]}></fact-verdict>`,
      ),
    );
    expect(consensusOf(split).dataset.agreement).to.equal('differ');
    expect(deepText(consensusOf(split))).to.include('Their verdicts differ.');
  });

  it('lists each fact-checker with its verdict in its own words, its date and a link that names it', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict lang="en" .data=${twoPublishersOneClaim}></fact-verdict>`));
    const items = [...consensusOf(el).querySelectorAll<HTMLElement>('[part="fact-checker"]')];
    expect(items.map((item) => badgeLabels(item, 'fact-checker-badge')[0])).to.deep.equal(['False', 'Mostly False']);
    // The French review keeps its language on its words.
    expect(items[1]!.querySelector('[part="fact-checker-badge"]')!.getAttribute('label-lang')).to.equal('fr');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).to.deep.equal(['2024-03-04', '2024-03-05']);
    const links = items.map((item) => item.querySelector<HTMLAnchorElement>('a[part="fact-checker-link"]')!);
    expect(links.map((a) => a.href)).to.deep.equal(['https://factdesk.example.org/checks/moon-studio', 'https://verif.example.com/checks/lune']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Read the fact-check by Example Fact Desk (opens in a new tab)',
      'Read the fact-check by Exemple Vérif (opens in a new tab)',
    ]);
    const followed = oneEvent(el, 'fact-link');
    links[1]!.addEventListener('click', (event) => event.preventDefault());
    links[1]!.click();
    expect((await followed).detail).to.deep.equal({ href: 'https://verif.example.com/checks/lune', kind: 'fact-check' });
  });

  it('reads the ClaimReview path: src, an inline JSON-LD script, and the Fact Check Tools API', async () => {
    sinon
      .stub(window, 'fetch')
      .resolves(new Response(JSON.stringify(sameAppearanceDifferentWording), { status: 200, headers: { 'content-type': 'application/ld+json' } }));
    const fetched = await settled(await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/several.jsonld"></fact-verdict>`));
    expect(fetched.state).to.equal('ready');
    expect(shadow(fetched).querySelectorAll('article')).to.have.length(1);
    expect(badgeLabels(consensusOf(fetched), 'consensus-badge')).to.deep.equal(['False', 'Altered']);

    const inline = await settled(
      await fixture<FactVerdict>(html`<fact-verdict><script type="application/ld+json">${JSON.stringify(twoPublishersOneClaim)}</script></fact-verdict>`),
    );
    expect(consensusOf(inline).querySelectorAll('[part="fact-checker"]')).to.have.length(2);

    const api = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${toolsApiResult}></fact-verdict>`));
    const articles = shadow(api).querySelectorAll('article');
    expect(articles).to.have.length(2);
    expect(badgeLabels(consensusOf(api), 'consensus-badge')).to.deep.equal(['False', 'Faux']);
    expect(consensusOf(api).dataset.agreement).to.equal('same');
    expect(deepText(consensusOf(api))).to.include('They agree.');
  });

  it('leaves a round-up of different claims as it was, and fires fact-load with every review', async () => {
    const el = await fixture<FactVerdict>(html`<fact-verdict></fact-verdict>`);
    const load = oneEvent(el, 'fact-load');
    el.data = threeReviewsTwoClaims;
    expect((await load).detail.documents).to.have.length(3);
    const separate = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${roundup}></fact-verdict>`));
    expect(shadow(separate).querySelectorAll('article')).to.have.length(3);
    expect(shadow(separate).querySelector('[part="consensus"]')).to.equal(null);
  });

  it('speaks the reader’s language: the count takes the language’s plural form', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict lang="ru" .data=${threeReviewsTwoClaims}></fact-verdict>`));
    expect(consensusOf(el).querySelector('[part="consensus-heading"]')!.textContent!.trim()).to.equal('2 фактчекера:');
  });
});
