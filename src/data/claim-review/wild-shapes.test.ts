import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { readFactCheck } from '../fact-check/read.js';
import { formatProblem } from '../problems.js';
import { fromClaimReview } from './from-claim-review.js';
import { cutToolsApiClaim, referencedGraph, siteApi } from './fixtures/wild-shapes.js';

const rating = (doc: unknown) => (readFactCheck(doc) as { document?: { verdict: { rating: string } } }).document?.verdict.rating;

describe('ClaimReview in the shapes real markup has', () => {
  it("finds reviews under a site API's own keys, in document order, at their paths", () => {
    const { documents, problems } = fromClaimReview(siteApi);
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(documents.map((d) => d.claim.text)).to.deep.equal(['The river bridge will close for five years.', 'Tram fares doubled this year.']);
    expect(documents.map(rating)).to.deep.equal(['false', 'mostly-true']);
    // The label is the publisher's, as written.
    expect(documents[1]!.verdict.label).to.equal('Rating: Mostly true');
  });

  it('reports problems inside a site API by their full path', () => {
    const input = structuredClone(siteApi);
    (input.data.results[0]!.schema as Record<string, unknown>).datePublished = 'yesterday';
    const { problems } = fromClaimReview(input);
    expect(problems.map(formatProblem)).to.deep.equal([
      'data.results[0].schema.datePublished: expected a date such as 2024-11-28 or 2024-11-28T14:05:00+04:00, got "yesterday"; left out',
    ]);
  });

  it('stays bounded: reviews nested deeper than any real shape are not looked for', () => {
    let deep: unknown = siteApi.data.results[0]!.schema;
    for (let i = 0; i < 20; i += 1) deep = { wrapper: deep };
    expect(fromClaimReview(deep).documents).to.have.length(0);
  });

  it('follows @id references to the nodes of the @graph they name', () => {
    const { documents, problems } = fromClaimReview(referencedGraph);
    expect(problems.map(formatProblem)).to.deep.equal([]);
    const [doc] = documents;
    expect(doc!.publisher).to.deep.equal({ name: 'Verifica Ejemplo', url: 'https://verifica.example.com/' });
    expect(doc!.authors).to.deep.equal([{ name: 'Ana Pérez' }]);
    expect(doc!.claim.text).to.equal('El puente del río cerrará cinco años.');
    expect(doc!.language).to.equal('es-ES');
    expect(doc!.datePublished).to.equal('2024-11-28T10:15:00+05:30');
    expect(rating(doc)).to.equal('false');
  });

  it('leaves a reference to a node the graph does not describe as it is', () => {
    const input = structuredClone(referencedGraph);
    input['@graph'].splice(0, 2);
    const { documents } = fromClaimReview(input);
    expect(documents).to.have.length(1);
    expect(documents[0]!.authors).to.equal(undefined);
  });

  it('survives a graph whose references form a cycle', () => {
    const input = structuredClone(referencedGraph);
    input['@graph'].push({ '@type': 'Claim', '@id': '#claim', appearance: { '@id': '#claim' }, author: { '@id': '#claim' } } as never);
    (input['@graph'][2] as Record<string, unknown>).itemReviewed = { '@id': '#claim' };
    const { documents } = fromClaimReview(input);
    expect(documents).to.have.length(1);
  });

  it('marks text the Fact Check Tools API cut short with one ellipsis', () => {
    const { documents, problems } = fromClaimReview(cutToolsApiClaim);
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(documents[0]!.claim.text).to.equal('Video shows the river bridge collapsing during the storm of…');
    expect(documents[0]!.headline).to.equal('Fact Check: Video does not show the river bridge collapsing during the…');
    expect(documents[0]!.language).to.equal('en-US');
    expect(rating(documents[0])).to.equal('false');
  });

  describe('a label against its score', () => {
    const withRating = (reviewRating: Record<string, unknown>) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example.org/x',
      claimReviewed: 'A claim.',
      reviewRating: { '@type': 'Rating', ...reviewRating },
    });

    it('does not read an unknown word by a score whose scale is not spelled out', () => {
      const { documents, problems } = fromClaimReview(withRating({ alternateName: 'Not quite so', ratingValue: 5, bestRating: 6 }));
      expect(rating(documents[0])).to.equal('unrated');
      expect(documents[0]!.verdict.label).to.equal('Not quite so');
      expect(problems.map(formatProblem)).to.deep.equal([
        'reviewRating.alternateName: "Not quite so" is not a known rating label, and its score gives no whole scale (bestRating and worstRating) to be read on; it shows as unrated, in the publisher\'s words',
      ]);
    });

    it('reads an unknown word by its score on a whole scale, and says so', () => {
      const { documents, problems } = fromClaimReview(withRating({ alternateName: 'Sort of', ratingValue: 5, bestRating: 6, worstRating: 1 }));
      expect(rating(documents[0])).to.equal('mostly-true');
      expect(problems.map(formatProblem)).to.deep.equal([
        'reviewRating.alternateName: "Sort of" is not a known rating label; the rating comes from the score (mostly-true)',
      ]);
    });

    it('lets a known label win over a score that says otherwise, reported at the score', () => {
      const { documents, problems } = fromClaimReview(withRating({ alternateName: 'False', ratingValue: 5, bestRating: 5, worstRating: 1 }));
      expect(rating(documents[0])).to.equal('false');
      expect(problems.map(formatProblem)).to.deep.equal([
        'reviewRating.ratingValue: places the verdict at true, but the label "False" says false; the label is shown',
      ]);
    });

    it('accepts a score one step from its label without a word', () => {
      const { problems } = fromClaimReview(withRating({ alternateName: 'Mostly false', ratingValue: 1, bestRating: 5, worstRating: 1 }));
      expect(problems).to.deep.equal([]);
    });
  });
});
