import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocumentsSync } from './index.js';
import { appearanceKey, claimTextKey, groupReviews, reviewAgreement, type GroupableReview } from './group-reviews.js';
import {
  differentClaims,
  disagreeingCheckers,
  sameAppearanceDifferentWording,
  threeReviewsTwoClaims,
  twoPublishersOneClaim,
} from './claim-review/fixtures/several-checkers.js';
import { roundup } from './claim-review/fixtures/roundup.js';
import { toolsApiResult } from './claim-review/fixtures/tools-api.js';

/** The documents the embed would show for `input`, read as it reads them. */
function read(input: unknown) {
  const { documents, problems } = readDocumentsSync(input);
  expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  return documents;
}
const indices = (input: unknown) => groupReviews(read(input)).map((group) => group.indices);

describe('groupReviews', () => {
  it('puts two publishers checking one claim in one group', () => {
    const documents = read(twoPublishersOneClaim);
    const groups = groupReviews(documents);
    expect(groups.map((g) => g.indices)).to.deep.equal([[0, 1]]);
    expect(groups[0]!.documents.map((d) => d.publisher?.name)).to.deep.equal(['Example Fact Desk', 'Exemple Vérif']);
  });

  it('groups three reviews of two claims by claim, in the order of their first review', () => {
    expect(indices(threeReviewsTwoClaims)).to.deep.equal([[0, 2], [1]]);
  });

  it('joins three checkers of one claim whatever their verdicts, and says they differ', () => {
    const documents = read(disagreeingCheckers);
    expect(groupReviews(documents).map((g) => g.indices)).to.deep.equal([[0, 1, 2]]);
    expect(reviewAgreement(documents.map((d) => d.verdict.rating))).to.equal('differ');
  });

  it('joins reviews that word the claim differently but share its appearance URL', () => {
    expect(indices(sameAppearanceDifferentWording)).to.deep.equal([[0, 1]]);
  });

  it('keeps different claims apart: numbers, negations, a video holding several claims, home pages', () => {
    expect(indices(differentClaims)).to.deep.equal([[0], [1], [2], [3]]);
  });

  it('keeps a round-up of different claims as it was, and joins the Fact Check Tools API reviews of one claim', () => {
    expect(indices(roundup)).to.deep.equal([[0], [1], [2]]);
    expect(indices(toolsApiResult)).to.deep.equal([[0, 1], [2]]);
  });

  it('is transitive: a review sharing its text with one and a URL with another joins both', () => {
    const docs: GroupableReview[] = [
      { claim: { text: 'A.', appearances: [{ url: 'https://x.example/p/1' }] }, publisher: { name: 'One' } },
      { claim: { text: 'B' }, publisher: { name: 'Two' } },
      { claim: { text: 'b!', appearances: [{ url: 'https://x.example/p/1/' }] }, publisher: { name: 'Three' } },
      { claim: { text: 'C' }, publisher: { name: 'Four' } },
    ];
    expect(groupReviews(docs).map((g) => g.indices)).to.deep.equal([[0, 1, 2], [3]]);
  });

  it('never throws, and treats unreadable parts as matching nothing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ) as GroupableReview;
    const docs = [
      hostile,
      { claim: { text: '' } },
      { claim: { text: '?!' } },
      { claim: { text: 'x', appearances: [{ url: 'not a url' }, {}] } },
    ] as GroupableReview[];
    expect(groupReviews(docs).map((g) => g.indices)).to.deep.equal([[0], [1], [2], [3]]);
    expect(groupReviews([])).to.deep.equal([]);
  });

  it('always returns a partition of the input in input order (property)', () => {
    const text = fc.constantFrom('A claim.', 'a claim', 'Another claim', '“A claim”', 'Third');
    const url = fc.constantFrom('https://a.example/p', 'https://www.a.example/p/', 'https://b.example/q', 'https://b.example/');
    const doc = fc.record({
      claim: fc.record({ text, appearances: fc.array(fc.record({ url }), { maxLength: 2 }) }),
      publisher: fc.option(fc.record({ name: fc.constantFrom('One', 'Two') }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 12 }), (docs) => {
        const groups = groupReviews(docs);
        const all = groups.flatMap((g) => g.indices);
        expect([...all].sort((a, b) => a - b)).to.deep.equal(docs.map((_, i) => i));
        for (const g of groups) expect(g.indices).to.deep.equal([...g.indices].sort((a, b) => a - b));
        expect(groups.map((g) => g.indices[0])).to.deep.equal(groups.map((g) => g.indices[0]).sort((a, b) => a! - b!));
        // Equal normalized texts are always together.
        for (let i = 0; i < docs.length; i++) {
          for (let j = i + 1; j < docs.length; j++) {
            if (claimTextKey(docs[i]!.claim.text) !== claimTextKey(docs[j]!.claim.text)) continue;
            expect(groups.find((g) => g.indices.includes(i))!.indices).to.include(j);
          }
        }
      }),
    );
  });
});

describe('claimTextKey', () => {
  it('ignores case, spacing, quotes around the claim and its final punctuation', () => {
    const key = claimTextKey('The bridge will close.');
    for (const text of [
      'the bridge will close',
      '  THE   bridge\nwill close!',
      '“The bridge will close.”',
      '"The bridge will close".',
      '«The bridge will close»',
      '「The bridge will close。」',
    ]) {
      expect(claimTextKey(text), text).to.equal(key);
    }
  });

  it('keeps words, numbers and inner punctuation', () => {
    expect(claimTextKey('Crime rose 10%.')).not.to.equal(claimTextKey('Crime rose 12%.'));
    expect(claimTextKey('It is safe.')).not.to.equal(claimTextKey('It is not safe.'));
    expect(claimTextKey('Let’s eat, grandma')).to.equal(claimTextKey("let's eat, grandma"));
    expect(claimTextKey('Let’s eat, grandma')).not.to.equal(claimTextKey('Let’s eat grandma'));
  });
});

describe('appearanceKey', () => {
  it('reads scheme, host case, www., a trailing slash, the fragment and tracking parameters as the same page', () => {
    const key = appearanceKey('https://social.example.com/posts/1?id=2');
    for (const url of [
      'http://social.example.com/posts/1?id=2',
      'https://WWW.Social.Example.com/posts/1/?id=2',
      'https://social.example.com/posts/1?utm_source=x&id=2&utm_medium=y#top',
      'https://social.example.com/posts/1?id=2&fbclid=abc&gclid=def&si=ghi',
    ]) {
      expect(appearanceKey(url), url).to.equal(key);
    }
  });

  it('keeps what names the page: the path case, other parameters, and a time outside X', () => {
    expect(appearanceKey('https://v.example/Watch')).not.to.equal(appearanceKey('https://v.example/watch'));
    expect(appearanceKey('https://v.example/watch?v=1')).not.to.equal(appearanceKey('https://v.example/watch?v=2'));
    expect(appearanceKey('https://v.example/watch?v=1&t=30')).not.to.equal(appearanceKey('https://v.example/watch?v=1'));
    expect(appearanceKey('https://x.com/someone/status/1?s=20&t=abc')).to.equal(appearanceKey('https://x.com/someone/status/1'));
  });

  it('names no page for a home page, text that is not a URL, or another scheme', () => {
    for (const url of [
      'https://example.com',
      'https://www.example.com/',
      'https://example.com/?utm_source=x',
      'not a url',
      'mailto:a@example.com',
      'javascript:alert(1)',
    ]) {
      expect(appearanceKey(url), url).to.equal(undefined);
    }
  });
});

describe('reviewAgreement', () => {
  it('tells the same verdict, one family, and verdicts that differ apart', () => {
    expect(reviewAgreement(['false', 'false'])).to.equal('same');
    expect(reviewAgreement(['false', 'mostly-false', 'misleading'])).to.equal('similar');
    expect(reviewAgreement(['true', 'mostly-true'])).to.equal('similar');
    expect(reviewAgreement(['false', 'true'])).to.equal('differ');
    expect(reviewAgreement(['false', 'mixed'])).to.equal('differ');
    expect(reviewAgreement(['false', 'unrated', 'false'])).to.equal('same');
    expect(reviewAgreement(['false', 'unrated'])).to.equal('unknown');
    expect(reviewAgreement([])).to.equal('unknown');
  });
});
