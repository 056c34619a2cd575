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
});
