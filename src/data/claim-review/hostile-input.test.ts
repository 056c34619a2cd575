import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem } from '../problems.js';
import { MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_ITEMS, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';
import { readFactCheck } from '../fact-check/read.js';
import { fromClaimReview } from './from-claim-review.js';
import { isClaimReviewLike } from './is-claim-review-like.js';
import { toClaimReview } from './to-claim-review.js';
import { singleClaimReview } from './fixtures/single.js';

const review = (extra: Record<string, unknown> = {}) => ({ ...singleClaimReview, ...extra });
const lines = (input: unknown) => fromClaimReview(input).problems.map((p) => `${p.severity} ${formatProblem(p)}`);
const boom = (message: string) => {
  throw new Error(message);
};

describe('ClaimReview import of hostile input', () => {
  it('names a throwing getter by its path and leaves only that review out', () => {
    const bad = review();
    Object.defineProperty(bad, 'reviewRating', { get: () => boom('rating'), enumerable: true });
    const { documents, problems } = fromClaimReview({ '@graph': [review(), bad] });
    expect(problems.map((p) => `${p.severity} ${formatProblem(p)}`)).to.deep.equal([
      'error @graph[1].reviewRating: could not be read: rating',
      'error @graph[1]: holds a value that could not be read; this review is left out',
    ]);
    expect(documents).to.have.length(1);
  });

  it('survives Proxies whose traps throw, anywhere in the input', () => {
    const trap = new Proxy({}, { ownKeys: () => boom('keys'), get: () => boom('get'), has: () => boom('has') });
    const { proxy: revoked, revoke } = Proxy.revocable([], {});
    revoke();
    expect(lines(trap)).to.deep.equal(['error $: could not be read: keys', 'error $: no ClaimReview found']);
    expect(lines([review(), trap])).to.deep.equal(['error [1]: could not be read: keys']);
    expect(lines(revoked)[0]).to.match(/^error \$: could not be read: /);
    for (const input of [trap, revoked, [trap], { '@graph': revoked }]) {
      expect(isClaimReviewLike(input)).to.equal(false);
      expect(toClaimReview(input as never)).to.deep.equal({});
    }
  });

  it('leaves out what refers back to itself and what nests too deep, with a warning', () => {
    const cyclic = review();
    (cyclic as Record<string, unknown>).itemReviewed = { '@type': 'Claim', author: cyclic };
    const cycle = fromClaimReview(cyclic);
    expect(cycle.documents).to.have.length(1);
    expect(cycle.problems.map(formatProblem)).to.include('itemReviewed.author: refers back to an object that contains it (a cycle); left out');

    let deep: unknown = review();
    for (let i = 0; i < 100_000; i += 1) deep = { '@graph': [deep] };
    const tooDeep = fromClaimReview(deep);
    expect(tooDeep.documents).to.deep.equal([]);
    expect(tooDeep.problems.map((p) => p.message)).to.include(`nests deeper than ${MAX_INPUT_DEPTH} levels; left out`);

    let nested: unknown = 'The bridge will close.';
    for (let i = 0; i < 100_000; i += 1) nested = [nested];
    const text = fromClaimReview(review({ claimReviewed: nested }));
    expect(text.problems.map((p) => p.message)).to.include(`nests deeper than ${MAX_INPUT_DEPTH} levels; left out`);
  });

  it('reads a bounded amount of a runaway input, and says so', () => {
    const wide = { '@graph': [review(), ...Array.from({ length: 2_000 }, (_, i) => ({ '@type': 'WebPage', i }))] };
    expect(lines(wide)).to.deep.equal([
      `warning @graph: holds 2001 items, more than the ${MAX_ITEMS} read; the first ${MAX_ITEMS} are kept and the rest left out`,
    ]);
    const flood = { '@graph': [review(), ...Array.from({ length: 400 }, () => ({ list: Array.from({ length: 400 }, (_, i) => i) }))] };
    const start = performance.now();
    const flooded = fromClaimReview(flood);
    expect(performance.now() - start).to.be.below(500);
    expect(flooded.documents).to.have.length(1);
    expect(flooded.problems.map(formatProblem)).to.include(`$: holds more than ${MAX_INPUT_VALUES} values; the rest is not read`);
  });

  it('cuts text to the limit of the field it fills, so the documents pass readFactCheck without a warning', () => {
    const { documents, problems } = fromClaimReview(
      review({ headline: 'h'.repeat(MAX_TITLE_LENGTH + 1), reviewRating: { '@type': 'Rating', alternateName: `False ${'!'.repeat(MAX_NAME_LENGTH)}` } }),
    );
    expect(problems.map(formatProblem)).to.deep.equal([
      `headline: is longer than ${MAX_TITLE_LENGTH} characters; cut to ${MAX_TITLE_LENGTH} (ending in …)`,
      `reviewRating.alternateName: is longer than ${MAX_NAME_LENGTH} characters; cut to ${MAX_NAME_LENGTH} (ending in …)`,
    ]);
    expect(documents[0]!.headline).to.have.length(MAX_TITLE_LENGTH);
    // Trailing punctuation (the ellipsis too) does not change which label it is.
    expect(readFactCheck(documents[0]).document!.verdict.rating).to.equal('false');
    expect(readFactCheck(documents[0]).problems).to.deep.equal([]);
    // Entities and whitespace runs clean down; raw text far beyond the limit is cut before cleaning.
    const spaced = fromClaimReview(review({ claimReviewed: `Short claim.${' '.repeat(1_000_000)}` }));
    expect(spaced.documents[0]!.claim.text).to.equal('Short claim.…');
  });

  it('writes ClaimReview only from what readFactCheck accepts, and never throws', () => {
    const hostile = {
      claim: { text: 'x' },
      get verdict() {
        return boom('verdict');
      },
    };
    expect(toClaimReview(hostile as never)).to.deep.equal({});
    expect(toClaimReview(null as never)).to.deep.equal({});
    expect(toClaimReview({ claim: { text: 'x' } } as never)).to.deep.equal({});
    const long = toClaimReview({ claim: { text: 'x'.repeat(10_000) }, verdict: { label: 'False' } });
    expect((long.claimReviewed as string).length).to.be.at.most(5000);
  });
});
