import sinon from 'sinon';
import { deepText, expect, fixture, html, oneEvent, settled, shadow } from '../../test-support/index.js';
import { roundup } from '../../data/claim-review/fixtures/roundup.js';
import { seoGraph } from '../../data/claim-review/fixtures/graph.js';
import { singleClaimReview } from '../../data/claim-review/fixtures/single.js';
import { toolsApiResult } from '../../data/claim-review/fixtures/tools-api.js';
import type { FactVerdict } from './verdict.element.js';
import { clearDocumentCache } from './request.js';
import './fact-verdict.js';

/** Serves `body` as the response to the next fetch, as a publisher's server would. */
function serve(body: unknown): sinon.SinonStub {
  return sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/ld+json' } }));
}

describe('<fact-verdict> with ClaimReview input', () => {
  afterEach(() => {
    sinon.restore();
    clearDocumentCache();
  });

  it('renders a ClaimReview given as the data property', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${singleClaimReview}></fact-verdict>`));
    expect(el.state).to.equal('ready');
    const text = deepText(el);
    expect(text).to.include('The river bridge will be closed to all traffic for five years starting in April.');
    expect(text).to.include('Verdict: False');
    expect(text).to.include('Alex Example');
    expect(text).to.include('Fact-check by Example Fact Desk');
    await expect(el).to.be.accessible();
  });

  it('renders a child <script type="application/ld+json"> as a CMS prints it', async () => {
    const el = await settled(
      await fixture<FactVerdict>(html`<fact-verdict><script type="application/ld+json">${JSON.stringify(seoGraph)}</script></fact-verdict>`),
    );
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelectorAll('article')).to.have.length.greaterThan(0);
  });

  it('renders ClaimReview fetched from src', async () => {
    serve(singleClaimReview);
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/claim-review.jsonld"></fact-verdict>`));
    expect(el.state).to.equal('ready');
    expect(deepText(el)).to.include('No, the river bridge will not close for five years');
  });

  it('shows every review of a round-up: the first in full, the rest compact and expandable', async () => {
    const el = await fixture<FactVerdict>(html`<fact-verdict></fact-verdict>`);
    const load = oneEvent(el, 'fact-load');
    el.data = roundup;
    const { detail } = await load;
    await settled(el);
    expect(detail.documents).to.have.length(3);
    const articles = shadow(el).querySelectorAll('article');
    expect(articles).to.have.length(3);
    expect([...articles].map((a) => a.classList.contains('full'))).to.deep.equal([true, false, false]);
    const text = deepText(el);
    for (const claim of [
      'Unemployment has doubled in two years.',
      'The city has planted 10,000 trees since 2020.',
      'Bus fares are the highest in the country.',
    ]) {
      expect(text).to.include(claim);
    }
    expect(text).to.include('Verdict: Pants on Fire');
    const expand = articles[1]!.querySelector<HTMLButtonElement>('[part="expand-button"]')!;
    expect(expand.getAttribute('aria-expanded')).to.equal('false');
    expand.focus();
    expand.click();
    await el.updateComplete;
    const again = shadow(el).querySelectorAll('article');
    expect(again[1]!.classList.contains('full')).to.equal(true);
    const button = again[1]!.querySelector<HTMLButtonElement>('[part="expand-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('shows Fact Check Tools API results directly', async () => {
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${toolsApiResult}></fact-verdict>`));
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelectorAll('article').length).to.be.greaterThan(0);
  });

  it('names the problem by path when a ClaimReview has no claim or rating', async () => {
    const error = sinon.stub(console, 'error');
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${{ '@type': 'ClaimReview', url: 'https://example.org/x' }}></fact-verdict>`));
    expect(el.state).to.equal('error');
    expect(error.callCount).to.equal(1);
    expect(String(error.firstCall.args[0])).to.match(/claimReviewed|reviewRating/);
  });
});
