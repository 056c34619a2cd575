import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { readFactCheck } from '../fact-check/read.js';
import type { FactCheck } from '../fact-check/schema.js';
import { fromClaimReview } from './from-claim-review.js';
import { isClaimReviewLike } from './is-claim-review-like.js';
import { toClaimReview } from './to-claim-review.js';
import { richFactCheck } from './fixtures/rich-fact-check.js';
import { singleClaimReview } from './fixtures/single.js';

/** The document without what ClaimReview cannot carry. */
function carried(document: FactCheck): FactCheck {
  const { evidence: _e, timeline: _t, corrections: _c, ...rest } = document;
  return rest;
}

function roundTrip(document: FactCheck) {
  const { documents, problems } = fromClaimReview(toClaimReview(document));
  expect(problems).to.deep.equal([]);
  expect(documents).to.have.length(1);
  return documents[0]!;
}

describe('toClaimReview', () => {
  it('writes every field ClaimReview can carry', () => {
    expect(toClaimReview(richFactCheck)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factdesk.example.org/checks/2024/bridge-closure',
      claimReviewed: 'The river bridge will be closed to all traffic for five years starting in April.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Alex Example', description: 'City councillor', url: 'https://www.example.com/people/alex-example' },
        datePublished: '2024-03-08',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://social.example.com/@alex/112233', headline: 'Post by @alex', datePublished: '2024-03-09T18:02:00Z' },
          { '@type': 'CreativeWork', url: 'https://video.example.com/watch/council-0308', headline: 'Council meeting, 8 March', datePublished: '2024-03-08' },
          { '@type': 'CreativeWork', headline: 'Local radio interview', datePublished: '2024-03-10' },
        ],
        firstAppearance: {
          '@type': 'CreativeWork',
          url: 'https://video.example.com/watch/council-0308',
          headline: 'Council meeting, 8 March',
          datePublished: '2024-03-08',
        },
        description: 'Said during a debate on the city budget.',
      },
      author: [
        {
          '@type': 'Organization',
          name: 'Example Fact Desk',
          url: 'https://factdesk.example.org/',
          logo: { '@type': 'ImageObject', url: 'https://factdesk.example.org/logo.png' },
        },
        { '@type': 'Person', name: 'Lee Reporter', url: 'https://factdesk.example.org/staff/lee' },
        { '@type': 'Person', name: 'Kim Editor' },
      ],
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Mostly False',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: 'One lane closes at a time for 18 months; the bridge stays open.',
      },
      headline: 'Will the river bridge close for five years?',
      inLanguage: 'en',
      datePublished: '2024-03-12T09:30:00+01:00',
      dateModified: '2024-03-13',
    });
  });

  it('writes a minimal document with only the required fields it has', () => {
    expect(toClaimReview({ claim: { text: 'The moon is made of cheese.' }, verdict: { label: 'Pants on Fire' } })).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'The moon is made of cheese.',
      itemReviewed: { '@type': 'Claim' },
      reviewRating: { '@type': 'Rating', alternateName: 'Pants on Fire' },
    });
  });

  it('writes a verdict with no label as its rating, named by the caller or by its code', () => {
    const doc: FactCheck = { claim: { text: 'x' }, verdict: { rating: 'mostly-false' } };
    expect(toClaimReview(doc).reviewRating).to.deep.equal({ '@type': 'Rating', alternateName: 'mostly-false' });
    const named = toClaimReview(doc, { ratingName: (rating) => (rating === 'mostly-false' ? 'Plutôt faux' : '?') });
    expect(named.reviewRating).to.deep.equal({ '@type': 'Rating', alternateName: 'Plutôt faux' });
    // The code reads back as the same rating, with no problem.
    const { documents, problems } = fromClaimReview(toClaimReview(doc));
    expect(problems).to.deep.equal([]);
    expect(readFactCheck(documents[0]!).document!.verdict.rating).to.equal('mostly-false');
  });

  it('writes the default score bounds out, and a single publisher as one author', () => {
    const out = toClaimReview({ claim: { text: 'x' }, verdict: { label: 'Two Pinocchios', score: { value: 3 } }, publisher: { name: 'Desk' } });
    expect(out.reviewRating).to.deep.equal({ '@type': 'Rating', alternateName: 'Two Pinocchios', ratingValue: 3, bestRating: 5, worstRating: 1 });
    expect(out.author).to.deep.equal({ '@type': 'Organization', name: 'Desk' });
  });

  it('names a first appearance only when it is known', () => {
    const first = (appearances: FactCheck['claim']['appearances']) =>
      (toClaimReview({ claim: { text: 'x', appearances }, verdict: { label: 'False' } }).itemReviewed as Record<string, unknown>).firstAppearance;
    expect(first([{ url: 'https://www.example.com/a' }])).to.deep.equal({ '@type': 'CreativeWork', url: 'https://www.example.com/a' });
    expect(
      first([
        { title: 'B', date: '2024-05' },
        { title: 'A', date: '2024-04-30' },
      ]),
    ).to.deep.equal({ '@type': 'CreativeWork', headline: 'A', datePublished: '2024-04-30' });
    expect(first([{ title: 'B', date: '2024-05' }, { title: 'A' }])).to.equal(undefined);
    expect(first([])).to.equal(undefined);
  });

  it('leaves out unsafe URLs and unreadable dates', () => {
    const out = toClaimReview({
      claim: { text: 'x', claimant: { name: 'Y', url: 'javascript:alert(1)' }, appearances: [{ url: 'data:text/html,x' }], date: 'someday' },
      verdict: { label: 'False' },
      url: 'javascript:alert(1)',
      publisher: { name: 'Desk', logo: 'data:image/png;base64,AAAA', url: '/relative' },
      datePublished: '2024-02-30',
    });
    expect(out).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'x',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Y' } },
      author: { '@type': 'Organization', name: 'Desk' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    });
  });

  it('writes plain JSON that the import recognizes', () => {
    const out = toClaimReview(richFactCheck);
    expect(JSON.parse(JSON.stringify(out))).to.deep.equal(out);
    expect(isClaimReviewLike(out)).to.equal(true);
  });
});

describe('FactCheck → ClaimReview → FactCheck', () => {
  it('keeps every field ClaimReview carries of a rich document', () => {
    expect(roundTrip(richFactCheck)).to.deep.equal(carried(richFactCheck));
  });

  it('keeps every field ClaimReview carries of the canonical example', async () => {
    const example = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as FactCheck;
    const back = roundTrip(example);
    expect(back).to.deep.equal(carried(example));
    expect(readFactCheck(back).document!.verdict.rating).to.equal('false');
  });

  it('keeps the validated form of a document too', async () => {
    const example = await (await fetch('/examples/fip-csto-putin-2024.json')).json();
    const { document } = readFactCheck(example);
    const back = readFactCheck(roundTrip(document!));
    expect(back.problems).to.deep.equal([]);
    expect(back.document).to.deep.equal(carried(document!));
  });

  it('goes the other way too: ClaimReview → FactCheck → ClaimReview', () => {
    const document = fromClaimReview(singleClaimReview).documents[0]!;
    const again = fromClaimReview(toClaimReview(document)).documents[0]!;
    expect(again).to.deep.equal(document);
  });
});
