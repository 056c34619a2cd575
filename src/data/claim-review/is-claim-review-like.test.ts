import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { isClaimReviewLike } from './is-claim-review-like.js';
import { singleClaimReview } from './fixtures/single.js';
import { roundup } from './fixtures/roundup.js';
import { seoGraph } from './fixtures/graph.js';
import { dataFeed } from './fixtures/data-feed.js';
import { messy } from './fixtures/messy.js';
import { entitiesJson } from './fixtures/entities.js';
import { toolsApiClaim, toolsApiResult } from './fixtures/tools-api.js';

describe('isClaimReviewLike', () => {
  const yes: Array<[string, unknown]> = [
    ['one ClaimReview', singleClaimReview],
    ['a list', roundup],
    ['an @graph', seoGraph],
    ['a DataFeed', dataFeed],
    ['a page whose mainEntity is a ClaimReview', messy.mainEntity],
    ['an untyped object with claimReviewed', { claimReviewed: 'x', reviewRating: { alternateName: 'False' } }],
    ['a Fact Check Tools API result', toolsApiResult],
    ['one claim of that result', toolsApiClaim],
    ['JSON text', entitiesJson],
  ];
  const no: Array<[string, unknown]> = [
    ['a FactCheck document', { claim: { text: 'x' }, verdict: { label: 'False' } }],
    ['a FactCheck document that also carries claimReviewed', { claim: { text: 'x' }, verdict: { label: 'False' }, claimReviewed: 'x' }],
    ['a graph with no ClaimReview', { '@graph': [{ '@type': 'WebPage' }, { '@type': 'Organization', name: 'x' }] }],
    ['an Article', { '@type': 'NewsArticle', headline: 'x' }],
    ['an empty result', { claims: [] }],
    ['text that is not JSON', '<p>hello</p>'],
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty list', []],
  ];
  for (const [name, input] of yes) it(`is true for ${name}`, () => expect(isClaimReviewLike(input)).to.equal(true));
  for (const [name, input] of no) it(`is false for ${name}`, () => expect(isClaimReviewLike(input)).to.equal(false));
});
