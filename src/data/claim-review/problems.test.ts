import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem } from '../problems.js';
import { fromClaimReview } from './from-claim-review.js';
import { broken } from './fixtures/broken.js';

describe('fromClaimReview problems', () => {
  const { documents, problems } = fromClaimReview(broken);

  it('names each problem by its path into the input, errors for what is left out, warnings for the rest', () => {
    expect(problems.map((p) => `${p.severity} ${formatProblem(p)}`)).to.deep.equal([
      'warning [1].claimReviewed: is missing or empty; the claim text is taken from itemReviewed.name',
      'warning [2].claimReviewed: is missing or empty; the claim text is taken from the headline',
      'error [3].claimReviewed: is missing or empty, with no itemReviewed.name or headline to fall back on: with no claim to show, this ClaimReview is left out',
      'warning [4].reviewRating: is missing; the claim is shown as unrated',
      'warning [5].reviewRating.alternateName: is missing and there is no usable score; the claim is shown as unrated',
      'warning [6].reviewRating.ratingValue: the score cannot be placed on its scale (ratingValue "7", bestRating "5"); it is ignored',
      'warning [6].reviewRating.alternateName: "Needs a pinch of salt" is not a known rating label; it shows as unrated, in the publisher\'s words',
      'warning [7].url: relative URL "/checks/7" left out: there is no page URL to resolve it against',
      'warning [7].headline: expected text, got the number 42; left out',
      'warning [7].itemReviewed.author.url: expected an absolute http(s) URL, got "javascript:alert(1)"; left out',
      'warning [7].itemReviewed.datePublished: expected a date such as 2024-11-28 or 2024-11-28T14:05:00+04:00, got "last Tuesday"; left out',
      'warning [7].itemReviewed.appearance[0].url: expected an absolute http(s) URL, got "data:text/html,hi"; left out',
      'warning [7].author.logo.url: expected an absolute http(s) URL, got "ftp://www.example.org/logo.png"; left out',
      'warning [7].inLanguage: expected a language tag such as "en" or "hy", got "English"; left out',
      'warning [7].datePublished: 2024-02-30 is not a date on the calendar; left out',
    ]);
  });

  it('still returns every review that can be shown, in order', () => {
    expect(documents.map((d) => d.claim.text)).to.deep.equal([
      'A claim that reads fine.',
      'The claim, as the Claim names it.',
      'Did the mayor resign?',
      // A review whose rating cannot be read still shows its claim, unrated.
      'A claim with no verdict.',
      'Another claim with no verdict.',
      'A claim rated in house style.',
      'A claim with bad links.',
    ]);
    // No words are made up for it: the rating alone, which the elements name in the reader's language.
    expect(documents[3]!.verdict).to.deep.equal({ rating: 'unrated' });
    expect(documents[5]!.verdict).to.deep.equal({ label: 'Needs a pinch of salt' });
    expect(documents[6]).to.deep.equal({
      version: 1,
      claim: { text: 'A claim with bad links.', claimant: { name: 'Drew Example' } },
      verdict: { label: 'False' },
      publisher: { name: 'Example Fact Lab' },
    });
  });

  it('resolves the relative URL once the page URL is known', () => {
    const withPage = fromClaimReview(broken, { pageUrl: 'https://www.example.org/roundup' });
    expect(withPage.documents[6]!.url).to.equal('https://www.example.org/checks/7');
    expect(withPage.problems.map((p) => p.path)).not.to.include('[7].url');
  });

  it('names paths in a single object from its root', () => {
    const { problems: single } = fromClaimReview({ ...broken[6], '@type': 'ClaimReview' });
    expect(single.map((p) => p.path)).to.deep.equal(['reviewRating.ratingValue', 'reviewRating.alternateName']);
  });
});
