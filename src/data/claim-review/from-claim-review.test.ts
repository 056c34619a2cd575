import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { readFactCheck } from '../fact-check/read.js';
import { formatProblem, type Problem } from '../problems.js';
import { fromClaimReview } from './from-claim-review.js';
import { singleClaimReview } from './fixtures/single.js';
import { roundup } from './fixtures/roundup.js';
import { seoGraph } from './fixtures/graph.js';
import { dataFeed } from './fixtures/data-feed.js';
import { messy } from './fixtures/messy.js';
import { entitiesJson, notEntitiesJson } from './fixtures/entities.js';
import { otherScripts } from './fixtures/scripts.js';
import { toolsApiClaim, toolsApiResult } from './fixtures/tools-api.js';
import { broken } from './fixtures/broken.js';

const lines = (problems: Problem[]) => problems.map(formatProblem);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A minimal ClaimReview with `extra` merged in. */
const review = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.example.org/checks/x',
  claimReviewed: 'A claim.',
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  ...extra,
});
/** Imports `input`, expecting exactly one document. */
function one(input: unknown, options?: { pageUrl?: string }) {
  const { documents, problems } = fromClaimReview(input, options);
  expect(documents, JSON.stringify(lines(problems))).to.have.length(1);
  return { document: documents[0]!, problems: lines(problems) };
}

describe('fromClaimReview', () => {
  it('reads one ClaimReview with every field', () => {
    const { documents, problems } = fromClaimReview(singleClaimReview);
    expect(problems).to.deep.equal([]);
    expect(documents).to.deep.equal([
      {
        version: 1,
        headline: 'No, the river bridge will not close for five years',
        url: 'https://factdesk.example.org/checks/2024/bridge-closure',
        language: 'en',
        datePublished: '2024-03-12T09:30:00+01:00',
        dateModified: '2024-03-13',
        claim: {
          text: 'The river bridge will be closed to all traffic for five years starting in April.',
          claimant: { name: 'Alex Example', description: 'City councillor', url: 'https://www.example.com/people/alex-example' },
          date: '2024-03-08',
          appearances: [
            { url: 'https://video.example.com/watch/council-0308', title: 'Council meeting, 8 March', date: '2024-03-08' },
            { url: 'https://social.example.com/@alex/112233', date: '2024-03-09T18:02:00Z' },
          ],
          context: 'Said during a debate on the city budget.',
        },
        verdict: {
          label: 'False',
          score: { value: 1, best: 5, worst: 1 },
          summary: 'The works close one lane at a time for 18 months; the bridge stays open.',
        },
        publisher: { name: 'Example Fact Desk', url: 'https://factdesk.example.org/', logo: 'https://factdesk.example.org/logo.png' },
      },
    ]);
  });

  it('returns every review of a round-up, in order, reading scores given as strings, "" or -1', () => {
    const { documents, problems } = fromClaimReview(roundup);
    expect(problems).to.deep.equal([]);
    expect(documents.map((d) => d.url)).to.deep.equal([
      'https://checks.example.com/debate-night#claim-1',
      'https://checks.example.com/debate-night#claim-2',
      'https://checks.example.com/debate-night#claim-3',
    ]);
    expect(documents.map((d) => d.verdict)).to.deep.equal([
      { label: 'Mostly False', score: { value: 2, best: 5, worst: 1 } },
      { label: 'Half True' },
      { label: 'Pants on Fire' },
    ]);
    expect(documents.map((d) => d.claim.claimant?.name)).to.deep.equal(['Jordan Sample', 'Morgan Sample', 'Jordan Sample']);
    expect(documents.map((d) => readFactCheck(d).document!.verdict.rating)).to.deep.equal(['mostly-false', 'mixed', 'false']);
  });

  it('reads any spelling of @context and @type', () => {
    const contexts = ['http://schema.org', 'http://schema.org/', 'https://schema.org', 'https://schema.org/', undefined, { '@vocab': 'https://schema.org/' }];
    const types = ['ClaimReview', ['ClaimReview'], ['Review', 'ClaimReview'], 'schema:ClaimReview', 'http://schema.org/ClaimReview'];
    const expected = one(singleClaimReview).document;
    for (const context of contexts) {
      for (const type of types) {
        const input: Record<string, unknown> = { ...clone(singleClaimReview), '@type': type };
        if (context === undefined) delete input['@context'];
        else input['@context'] = context;
        const { document, problems } = one(input);
        expect(document, JSON.stringify([context, type])).to.deep.equal(expected);
        expect(problems).to.deep.equal([]);
      }
    }
  });

  it('finds the ClaimReview in an SEO plugin @graph and resolves its relative URLs against its own address', () => {
    const { document, problems } = one(seoGraph);
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal({
      version: 1,
      headline: 'Fact check: vaccines do not contain tracking chips',
      url: 'https://news.example.org/fact-check/vaccine-chip/',
      language: 'en-GB',
      datePublished: '2024-02-01T08:15:00',
      claim: {
        text: 'Vaccines contain microchips that track where you go.',
        claimant: { name: 'A viral chain message' },
        appearances: [{ url: 'https://news.example.org/media/screenshots/chain-message.png' }, { url: 'https://social.example.com/posts/998877' }],
      },
      verdict: { label: 'False', score: { value: 1, best: 5, worst: 1 } },
      publisher: { name: 'Example News', url: 'https://news.example.org/', logo: 'https://news.example.org/wp-content/uploads/logo.svg' },
      authors: [{ name: 'Sam Writer', url: 'https://news.example.org/author/sam-writer/' }],
    });
  });

  it('names problems inside an @graph by their path there', () => {
    const graph = clone(seoGraph);
    const node = graph['@graph'][3] as Record<string, unknown>;
    delete node.claimReviewed;
    node.reviewRating = { '@type': 'Rating', alternateName: 'Sort of' };
    const { problems } = one(graph);
    expect(problems).to.deep.equal([
      '@graph[3].claimReviewed: is missing or empty; the claim text is taken from the headline',
      '@graph[3].reviewRating.alternateName: "Sort of" is not a known rating label; it shows as unrated, in the publisher\'s words',
    ]);
  });

  it('reads a review embedded twice under one @id once', () => {
    const graph = clone(seoGraph);
    (graph['@graph'][0] as Record<string, unknown>).mainEntity = clone(graph['@graph'][3]);
    const { documents, problems } = fromClaimReview(graph);
    expect(problems).to.deep.equal([]);
    expect(documents).to.deep.equal([one(seoGraph).document]);
    const twoWithoutIds = [review(), review()];
    expect(fromClaimReview(twoWithoutIds).documents).to.have.length(2);
  });

  it('reads a Data Commons DataFeed, item lists and single items alike', () => {
    const { documents, problems } = fromClaimReview(dataFeed);
    expect(problems).to.deep.equal([]);
    expect(documents.map((d) => [d.claim.text, d.verdict.label])).to.deep.equal([
      ['June 2024 was the wettest month on record.', 'Misleading'],
      ['Temperatures reached 50 degrees in the capital.', 'Unproven'],
      ['This photo shows the flooded main square last week.', 'Miscaptioned'],
    ]);
    expect(documents[0]!.claim).to.deep.equal({
      text: 'June 2024 was the wettest month on record.',
      claimant: { name: 'Weather Rumours Page' },
      date: '2024-05-31',
    });
    expect(documents[2]!.claim.appearances).to.deep.equal([{ url: 'https://social.example.com/p/445566' }]);
    const feed = clone(dataFeed);
    (feed.dataFeedElement[0]!.item as Array<Record<string, unknown>>)[1]!.reviewRating = {};
    expect(lines(fromClaimReview(feed).problems)).to.deep.equal([
      'dataFeedElement[0].item[1].reviewRating.alternateName: is missing and there is no usable score; the claim is shown as unrated',
    ]);
  });

  it('reads a page whose mainEntity is the ClaimReview', () => {
    expect(one(messy.mainEntity).document.claim.text).to.equal('The stadium will seat 90,000.');
  });

  it('accepts the JSON text of a script element', () => {
    expect(one(JSON.stringify(seoGraph)).document).to.deep.equal(one(seoGraph).document);
  });

  describe('the claim', () => {
    it('keeps the first of several claimReviewed texts and says so', () => {
      const { document, problems } = one(messy.claimList);
      expect(document.claim.text).to.equal('Wind farms kill more birds than cats do.');
      expect(problems).to.deep.equal(['claimReviewed: holds 2 claims; only the first is kept']);
      expect(one(review({ claimReviewed: ['', 'Only this one.', 'Only this one.'] }))).to.deep.include({ problems: [] });
      expect(one(review({ claimReviewed: ['', 'Only this one.'] })).document.claim.text).to.equal('Only this one.');
    });

    it('reads itemReviewed as a Claim, a CreativeWork, a list, or not at all', () => {
      expect(one(messy.claimList).document.claim).to.deep.equal({
        text: 'Wind farms kill more birds than cats do.',
        claimant: { name: 'Riley Example', description: 'Podcast host' },
        date: '2023-11-02T20:00',
      });
      expect(one(messy.noItem).document.claim).to.deep.equal({ text: 'The new law bans cash payments.' });
      const listed = one(review({ itemReviewed: [{ '@type': 'Claim', author: { '@type': 'Person', name: 'Jo' }, datePublished: '2021' }] }));
      expect(listed.document.claim).to.deep.equal({ text: 'A claim.', claimant: { name: 'Jo' }, date: '2021' });
    });

    it('reads the claimant as a Person or Organization, an object, a list or a plain name', () => {
      const claimant = (author: unknown) => one(review({ itemReviewed: { '@type': 'Claim', author } })).document.claim.claimant;
      expect(claimant('Casey Example')).to.deep.equal({ name: 'Casey Example' });
      expect(claimant({ '@type': 'Person', name: 'Casey Example', jobTitle: 'Mayor', url: 'https://www.example.com/casey' })).to.deep.equal({
        name: 'Casey Example',
        description: 'Mayor',
        url: 'https://www.example.com/casey',
      });
      expect(claimant({ '@type': 'Organization', name: 'Example Party', description: 'A political party' })).to.deep.equal({
        name: 'Example Party',
        description: 'A political party',
      });
      expect(claimant([{ '@type': 'Person', name: ['Casey Example', 'C. Example'] }])).to.deep.equal({ name: 'Casey Example' });
      expect(claimant({ '@type': 'Person', name: { '@value': 'Casey Example', '@language': 'en' } })).to.deep.equal({ name: 'Casey Example' });
      const { document, problems } = one(messy.manyClaimants);
      expect(document.claim.claimant).to.deep.equal({
        name: 'Residents for Clean Water',
        description: 'A local campaign group',
        url: 'https://clean-water.example.com/',
      });
      expect(problems).to.deep.equal(['itemReviewed.author: names 2 claimants; only the first ("Residents for Clean Water") is kept']);
    });

    it('reads appearance and firstAppearance as objects, lists or URL strings, without repeats', () => {
      const appearances = (item: Record<string, unknown>) => one(review({ itemReviewed: { '@type': 'Claim', ...item } })).document.claim.appearances;
      expect(appearances({ appearance: 'https://www.example.com/a' })).to.deep.equal([{ url: 'https://www.example.com/a' }]);
      expect(appearances({ appearance: { url: 'https://www.example.com/a', name: 'A', datePublished: '2024-01-02' } })).to.deep.equal([
        { url: 'https://www.example.com/a', title: 'A', date: '2024-01-02' },
      ]);
      expect(appearances({ appearance: ['https://www.example.com/b'], firstAppearance: 'https://www.example.com/a' })).to.deep.equal([
        { url: 'https://www.example.com/a' },
        { url: 'https://www.example.com/b' },
      ]);
      expect(
        appearances({ appearance: ['https://www.example.com/b', 'https://www.example.com/a'], firstAppearance: { url: 'https://www.example.com/a' } }),
      ).to.deep.equal([{ url: 'https://www.example.com/b' }, { url: 'https://www.example.com/a' }]);
      expect(one(messy.plainStrings).document.claim.appearances).to.deep.equal([{ url: 'https://www.example.com/posts/4-day-week' }]);
      expect(appearances({ appearance: [{ '@type': 'CreativeWork' }] })).to.equal(undefined);
    });
  });

  describe('the verdict', () => {
    const verdict = (reviewRating: unknown) => {
      const { documents, problems } = fromClaimReview(review({ reviewRating }));
      const document = documents[0];
      return { verdict: document?.verdict, rating: document && readFactCheck(document).document!.verdict.rating, problems: lines(problems) };
    };

    it('reads a label with only alternateName, or in name', () => {
      expect(verdict({ alternateName: 'Mostly True' })).to.deep.equal({ verdict: { label: 'Mostly True' }, rating: 'mostly-true', problems: [] });
      expect(verdict({ '@type': 'Rating', name: 'Mixture' })).to.deep.equal({ verdict: { label: 'Mixture' }, rating: 'mixed', problems: [] });
      expect(verdict([{ alternateName: 'Satire' }])).to.deep.equal({ verdict: { label: 'Satire' }, rating: 'satire', problems: [] });
      expect(verdict('False')).to.deep.equal({ verdict: { label: 'False' }, rating: 'false', problems: [] });
      expect(verdict({ name: 'Wobbly' }).problems).to.deep.equal([
        'reviewRating.name: "Wobbly" is not a known rating label; it shows as unrated, in the publisher\'s words',
      ]);
    });

    it("shows the publisher's words cleaned only of stray whitespace and line breaks", () => {
      expect(verdict({ alternateName: '\n      Misleading.\n    ' }).verdict).to.deep.equal({ label: 'Misleading.' });
      expect(verdict({ alternateName: '  mostly_false \n' })).to.deep.equal({ verdict: { label: 'mostly_false' }, rating: 'mostly-false', problems: [] });
      expect(verdict({ alternateName: 'Pants   on\tFire!' })).to.deep.include({ verdict: { label: 'Pants on Fire!' }, rating: 'false' });
    });

    const scores: Array<[string, Record<string, unknown>, unknown]> = [
      ['numbers', { ratingValue: 2, bestRating: 5, worstRating: 1 }, { value: 2, best: 5, worst: 1 }],
      ['strings', { ratingValue: '2', bestRating: '5', worstRating: '1' }, { value: 2, best: 5, worst: 1 }],
      ['a decimal comma', { ratingValue: '3,5', bestRating: '5' }, { value: 3.5, best: 5 }],
      ['a reversed scale', { ratingValue: '1', bestRating: '1', worstRating: '4' }, { value: 1, best: 1, worst: 4 }],
      ['empty strings', { ratingValue: '', bestRating: '', worstRating: '' }, undefined],
      ['-1', { ratingValue: -1, bestRating: -1, worstRating: -1 }, undefined],
      ['"-1"', { ratingValue: '-1' }, undefined],
      ['a value with empty bounds', { ratingValue: 4, bestRating: '', worstRating: -1 }, { value: 4 }],
    ];
    for (const [name, fields, score] of scores) {
      it(`reads a score given as ${name}`, () => {
        // A label off the true…false axis: whatever the score says, it cannot disagree with it.
        const { verdict: read, problems } = verdict({ alternateName: 'Misleading', ...fields });
        expect(read!.score).to.deep.equal(score);
        expect(problems).to.deep.equal([]);
      });
    }

    it('ignores a score it cannot place on its scale, and says so', () => {
      expect(verdict({ alternateName: 'False', ratingValue: '≈3' })).to.deep.equal({
        verdict: { label: 'False' },
        rating: 'false',
        problems: ['reviewRating.ratingValue: the score cannot be placed on its scale (ratingValue "≈3"); it is ignored'],
      });
      // Words in ratingValue beside a label are not a score either, and need no warning.
      expect(verdict({ alternateName: 'False', ratingValue: 'n/a' })).to.deep.equal({ verdict: { label: 'False' }, rating: 'false', problems: [] });
      expect(verdict({ alternateName: 'False', ratingValue: 3, bestRating: 3, worstRating: 3 }).problems).to.deep.equal([
        'reviewRating.ratingValue: the score cannot be placed on its scale (ratingValue the number 3, bestRating the number 3, worstRating the number 3); it is ignored',
      ]);
    });

    it("lets the label win over the score, then the score decide, then shows unrated in the publisher's words", () => {
      expect(verdict({ alternateName: 'False', ratingValue: 5, bestRating: 5 }).rating).to.equal('false');
      expect(verdict({ alternateName: 'Stretching it', ratingValue: 4, bestRating: 5, worstRating: 1 })).to.deep.equal({
        verdict: { label: 'Stretching it', score: { value: 4, best: 5, worst: 1 } },
        rating: 'mostly-true',
        problems: ['reviewRating.alternateName: "Stretching it" is not a known rating label; the rating comes from the score (mostly-true)'],
      });
      expect(verdict({ alternateName: 'Stretching it', ratingValue: -1 })).to.deep.equal({
        verdict: { label: 'Stretching it' },
        rating: 'unrated',
        problems: ['reviewRating.alternateName: "Stretching it" is not a known rating label; it shows as unrated, in the publisher\'s words'],
      });
      // A label known to mean "not a truth rating" keeps a score from inventing one.
      expect(verdict({ alternateName: 'Full Flop', ratingValue: 1 })).to.deep.include({ rating: 'unrated', problems: [] });
    });

    it('uses the score as the label when there are no words', () => {
      expect(verdict({ ratingValue: 4, bestRating: 5, worstRating: 1 })).to.deep.equal({
        verdict: { label: '4/5', score: { value: 4, best: 5, worst: 1 } },
        rating: 'mostly-true',
        problems: ['reviewRating.alternateName: is missing; the verdict label is the score, "4/5"'],
      });
      expect(verdict({ ratingValue: 2, bestRating: 1, worstRating: 4 }).verdict!.label).to.equal('2');
    });

    it('reads words put in ratingValue as the label', () => {
      expect(one(messy.labelInValue)).to.deep.equal({
        document: {
          version: 1,
          claim: { text: 'The mayor owns three houses.' },
          verdict: { label: 'Mostly True' },
          url: 'https://www.example.org/checks/label-in-value',
        },
        problems: ['reviewRating.ratingValue: holds words, not a number; read as the verdict label (alternateName is where the words go)'],
      });
    });

    it('keeps the rating explanation as the summary', () => {
      expect(verdict({ alternateName: 'False', ratingExplanation: 'It never happened.' }).verdict).to.deep.equal({
        label: 'False',
        summary: 'It never happened.',
      });
    });
  });

  describe('URLs', () => {
    const urls = (input: Record<string, unknown>, pageUrl?: string) => {
      const { documents, problems } = fromClaimReview(review(input), { pageUrl });
      const d = documents[0]!;
      return { url: d.url, logo: d.publisher?.logo, problems: lines(problems) };
    };
    const logo = (url: string) => ({ author: { '@type': 'Organization', name: 'Desk', logo: url } });

    it('resolves relative URLs against the page URL when the caller gives it', () => {
      expect(urls({ url: '/checks/1', ...logo('../img/logo.png') }, 'https://www.example.org/news/page.html')).to.deep.equal({
        url: 'https://www.example.org/checks/1',
        logo: 'https://www.example.org/img/logo.png',
        problems: [],
      });
    });

    it("otherwise resolves them against the review's own URL", () => {
      expect(urls({ url: 'https://www.example.org/checks/1', ...logo('/img/logo.png') })).to.deep.include({
        logo: 'https://www.example.org/img/logo.png',
        problems: [],
      });
      expect(urls({ url: '/checks/1', '@id': 'https://www.example.org/checks/1#review' })).to.deep.include({
        url: 'https://www.example.org/checks/1',
        problems: [],
      });
      expect(urls({ url: 'checks/1', mainEntityOfPage: 'https://www.example.org/news/' })).to.deep.include({ url: 'https://www.example.org/news/checks/1' });
    });

    it('drops a relative URL with a warning when there is nothing to resolve it against', () => {
      expect(urls({ url: '/checks/1', ...logo('logo.png') })).to.deep.equal({
        url: undefined,
        logo: undefined,
        problems: [
          'url: relative URL "/checks/1" left out: there is no page URL to resolve it against',
          'author.logo: relative URL "logo.png" left out: there is no page URL to resolve it against',
        ],
      });
    });

    it('reads a URL written without its scheme as https', () => {
      expect(urls({ url: 'www.example.org/x', ...logo('cdn.example.com/logo.png') })).to.deep.include({
        url: 'https://www.example.org/x',
        logo: 'https://cdn.example.com/logo.png',
        problems: [],
      });
      expect(urls({ url: '//www.example.org/x' }).url).to.equal('https://www.example.org/x');
      expect(urls({ url: 'https://www.example.org/a?b=1&amp;c=2' }).url).to.equal('https://www.example.org/a?b=1&c=2');
    });

    it('never lets an unsafe URL through', () => {
      for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'https://trusted.example@evil.example/']) {
        const read = urls({ url: bad, ...logo(bad) }, 'https://www.example.org/');
        expect(read.url, bad).to.equal(undefined);
        expect(read.logo, bad).to.equal(undefined);
        expect(read.problems, bad).to.have.length(2);
      }
      // An entity-encoded scheme is not a scheme: it stays a path on the page's own site.
      expect(urls({ url: 'javascript&colon;alert(1)' }, 'https://www.example.org/').url).to.equal('https://www.example.org/javascript&colon;alert(1)');
    });
  });

  describe('dates', () => {
    const cases: Array<[unknown, string]> = [
      ['2024-04-09', '2024-04-09'],
      ['2024-04', '2024-04'],
      [2024, '2024'],
      ['2024-04-09T10:00:00Z', '2024-04-09T10:00:00Z'],
      ['2024-04-09T10:00:00.000+02:00', '2024-04-09T10:00:00+02:00'],
      ['2024-04-09T10:00:00+0200', '2024-04-09T10:00:00+02:00'],
      ['2024-04-09T10:00:00+02', '2024-04-09T10:00:00+02:00'],
      ['2024-04-09 10:00:00', '2024-04-09T10:00:00'],
      ['2024-04-09 10:00', '2024-04-09T10:00'],
      ['2024-04-10 16:45:00 +0200', '2024-04-10T16:45:00+02:00'],
      ['2024-04-09t10:00:00z', '2024-04-09T10:00:00Z'],
      ['2024-04-09 10:00:00 UTC', '2024-04-09T10:00:00Z'],
      ['2024-04-09T9:05', '2024-04-09T09:05'],
      ['2024/4/7', '2024-04-07'],
      ['  2024-04-09  ', '2024-04-09'],
    ];
    for (const [input, iso] of cases) {
      it(`reads ${JSON.stringify(input)} as ${iso}`, () => {
        const { document, problems } = one(review({ datePublished: input }));
        expect(document.datePublished).to.equal(iso);
        expect(problems).to.deep.equal([]);
      });
    }

    it('leaves out an unreadable date with a warning', () => {
      for (const bad of ['yesterday', '2024-02-30', '28/11/2024', true]) {
        const { document, problems } = one(review({ dateModified: bad }));
        expect(document.dateModified).to.equal(undefined);
        expect(problems[0]).to.match(
          bad === '2024-02-30' ? /^dateModified: 2024-02-30 is not a date on the calendar; left out$/ : /^dateModified: expected a date such as/,
        );
      }
    });
  });

  describe('text', () => {
    it('keeps text in any script exactly as written', () => {
      const { documents, problems } = fromClaimReview(otherScripts);
      expect(problems).to.deep.equal([]);
      expect(documents.map((d) => d.claim.text)).to.deep.equal(otherScripts.map((r) => r.claimReviewed));
      expect(documents.map((d) => readFactCheck(d).document!.verdict.rating)).to.deep.equal(['false', 'misleading', 'false', 'false', 'misleading']);
      expect(documents[0]!.claim.claimant).to.deep.equal({ name: 'Օրինակ Օրինակյան' });
      expect(documents.map((d) => d.language)).to.deep.equal(['hy', 'ar', 'zh-Hant', 'ru', 'hi']);
    });

    it('decodes HTML entities and \\u escapes, and strips no tags', () => {
      const { document, problems } = one(entitiesJson);
      expect(problems).to.deep.equal([]);
      expect(document).to.deep.equal({
        version: 1,
        headline: 'Fact check: “Smith & Sons” did not close',
        url: 'https://www.example.org/checks/entities?id=7&lang=en',
        language: 'fr',
        claim: {
          text: '“Smith & Sons” closed all 12\u00a0shops — and moved to Café Street…',
          claimant: { name: "Renée O'Example", description: 'Blogger <b>verified</b>' },
        },
        verdict: { label: 'Faux\u00a0!', summary: 'Les magasins sont ouverts\u00a0: nous les avons visités & photographiés.' },
        publisher: { name: 'Example "Truth" Desk' },
      });
      expect(readFactCheck(document).document!.verdict.rating).to.equal('false');
    });

    it('decodes once, and leaves what only looks like an entity', () => {
      expect(one(notEntitiesJson).document.claim.text).to.equal('R&D spending &quot;fell&quot; by 5 &unknown; percent & more');
    });
  });

  describe('the publisher, authors, headline and language', () => {
    const read = (extra: Record<string, unknown>) => {
      const { document, problems } = one(review(extra));
      return { publisher: document.publisher, authors: document.authors, headline: document.headline, language: document.language, problems };
    };

    it('takes the Organization among the authors as the publisher, with its logo as a string or ImageObject', () => {
      expect(
        read({ author: { '@type': 'Organization', name: 'Desk', url: 'https://desk.example.org', logo: 'https://desk.example.org/l.png' } }).publisher,
      ).to.deep.equal({
        name: 'Desk',
        url: 'https://desk.example.org/',
        logo: 'https://desk.example.org/l.png',
      });
      expect(
        read({ author: [{ '@type': 'NewsMediaOrganization', name: 'Desk', logo: [{ '@type': 'ImageObject', url: 'https://desk.example.org/l.png' }] }] })
          .publisher,
      ).to.deep.equal({
        name: 'Desk',
        logo: 'https://desk.example.org/l.png',
      });
      expect(read({ author: 'Desk' }).publisher).to.deep.equal({ name: 'Desk' });
    });

    it("takes Persons as the authors, and the review's publisher when no Organization wrote it", () => {
      expect(one(messy.manyClaimants).document).to.deep.include({
        publisher: { name: 'Example Fact Lab', logo: 'https://www.example.org/logo.png' },
        authors: [{ name: 'Lee Reporter', url: 'https://www.example.org/staff/lee' }, { name: 'Kim Editor' }],
      });
      expect(read({ author: [{ '@type': 'Person', name: 'Lee' }] })).to.deep.include({ publisher: undefined, authors: [{ name: 'Lee' }] });
      expect(read({ author: [{ '@type': 'Person', name: 'Lee' }, { name: 'Desk' }] })).to.deep.include({
        publisher: { name: 'Desk' },
        authors: [{ name: 'Lee' }],
      });
    });

    it('leaves out a nameless author with a warning', () => {
      expect(read({ author: [{ '@type': 'Person' }, { '@type': 'Organization', name: 'Desk' }] })).to.deep.include({
        publisher: { name: 'Desk' },
        authors: undefined,
        problems: ['author[0].name: a Person or Organization without a name is left out'],
      });
    });

    it('reads the headline from headline, else name', () => {
      expect(read({ headline: 'H', name: 'N' }).headline).to.equal('H');
      expect(read({ name: 'N' }).headline).to.equal('N');
    });

    it('reads inLanguage as a tag or a Language object', () => {
      expect(read({ inLanguage: 'hy' }).language).to.equal('hy');
      expect(read({ inLanguage: { '@type': 'Language', alternateName: 'es' } }).language).to.equal('es');
      expect(read({ inLanguage: { '@type': 'Language', name: 'pt-BR' } }).language).to.equal('pt-BR');
      expect(read({ inLanguage: 'en_GB' }).language).to.equal('en-GB');
      expect(read({ inLanguage: { '@type': 'Language', name: 'English' } })).to.deep.include({
        language: undefined,
        problems: ['inLanguage.name: expected a language tag such as "en" or "hy", got "English"; left out'],
      });
    });
  });

  describe('the Google Fact Check Tools API', () => {
    it('gives one document per review of each claim', () => {
      const { documents, problems } = fromClaimReview(toolsApiResult);
      expect(lines(problems)).to.deep.equal([
        'claims[1].claimReview[0].textualRating: "Too early to say" is not a known rating label; it shows as unrated, in the publisher\'s words',
      ]);
      expect(documents).to.deep.equal([
        {
          version: 1,
          claim: { text: 'Drinking sea water cures dehydration.', claimant: { name: 'Viral video' }, date: '2024-01-15T00:00:00Z' },
          verdict: { label: 'False' },
          headline: 'No, sea water does not cure dehydration',
          url: 'https://factdesk.example.org/checks/sea-water',
          language: 'en',
          datePublished: '2024-01-17T08:00:00Z',
          publisher: { name: 'Example Fact Desk', url: 'https://factdesk.example.org/' },
        },
        {
          version: 1,
          claim: { text: 'Drinking sea water cures dehydration.', claimant: { name: 'Viral video' }, date: '2024-01-15T00:00:00Z' },
          verdict: { label: 'Faux' },
          headline: 'Non, l’eau de mer ne soigne pas la déshydratation',
          url: 'https://verif.example.com/eau-de-mer',
          language: 'fr',
          datePublished: '2024-01-18T10:30:00Z',
          publisher: { name: 'Exemple Vérif', url: 'https://verif.example.com/' },
        },
        {
          version: 1,
          claim: { text: 'The tunnel will be finished by 2026.' },
          verdict: { label: 'Too early to say' },
          url: 'https://checks.example.com/tunnel',
          language: 'en',
          publisher: { name: 'checks.example.com', url: 'https://checks.example.com/' },
        },
      ]);
    });

    it('reads one claim of that result on its own', () => {
      const { documents, problems } = fromClaimReview(toolsApiClaim);
      expect(problems).to.deep.equal([]);
      expect(documents).to.deep.equal(fromClaimReview(toolsApiResult).documents.slice(0, 2));
    });

    it('names what is missing by its path', () => {
      const result = clone(toolsApiResult);
      delete (result.claims[0]!.claimReview[1] as Record<string, unknown>).textualRating;
      delete (result.claims[1] as Record<string, unknown>).text;
      const { documents, problems } = fromClaimReview(result);
      // The review with no rating still shows its claim, as unrated; the one with no claim cannot.
      expect(documents).to.have.length(2);
      expect(documents[1]!.verdict).to.deep.equal({ rating: 'unrated' });
      expect(lines(problems)).to.deep.equal([
        'claims[0].claimReview[1].textualRating: is missing; the claim is shown as unrated',
        'claims[1].text: is missing, with no review title to fall back on: with no claim to show, this review is left out',
        'claims[1].claimReview[0].textualRating: "Too early to say" is not a known rating label; it shows as unrated, in the publisher\'s words',
      ]);
    });
  });

  it('produces only documents that readFactCheck accepts without a problem', () => {
    const inputs: unknown[] = [
      singleClaimReview,
      roundup,
      seoGraph,
      dataFeed,
      ...Object.values(messy),
      entitiesJson,
      notEntitiesJson,
      otherScripts,
      toolsApiResult,
      toolsApiClaim,
      broken,
    ];
    let count = 0;
    for (const input of inputs) {
      for (const document of fromClaimReview(input).documents) {
        const read = readFactCheck(document);
        expect(read.problems, JSON.stringify(document)).to.deep.equal([]);
        expect(read.document, JSON.stringify(document)).to.not.equal(undefined);
        count += 1;
      }
    }
    expect(count).to.equal(36);
  });

  it('says when there is no ClaimReview, or no JSON, and never throws', () => {
    expect(lines(fromClaimReview({ '@type': 'WebPage', name: 'x' }).problems)).to.deep.equal(['$: no ClaimReview found']);
    expect(lines(fromClaimReview('<script>').problems)).to.deep.equal(['$: expected ClaimReview JSON-LD, got text that is not JSON']);
    expect(lines(fromClaimReview({ claim: { text: 'x' }, verdict: { label: 'False' } }).problems)).to.deep.equal([
      '$: no ClaimReview found (this is a FactCheck document: read it with readFactCheck)',
    ]);
    const cyclic: Record<string, unknown> = { '@graph': [] };
    (cyclic['@graph'] as unknown[]).push(cyclic, review());
    expect(fromClaimReview(cyclic).documents).to.have.length(1);
    const hostile = review();
    Object.defineProperty(hostile, 'claimReviewed', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const withHostile = fromClaimReview([hostile, review()]);
    expect(lines(withHostile.problems)).to.deep.equal([
      '[0].claimReviewed: could not be read: boom',
      '[0]: holds a value that could not be read; this review is left out',
    ]);
    expect(withHostile.documents).to.have.length(1);
    const weird: unknown[] = [
      undefined,
      null,
      0,
      true,
      '',
      Symbol('x'),
      () => 1,
      new Date(),
      Object.create(null),
      [],
      // Deeper than reviews are looked for (find-reviews.ts), however they are wrapped.
      [[[[[[[[[[[[[review()]]]]]]]]]]]]],
      { '@type': 'ClaimReview' },
      { '@type': 'ClaimReview', claimReviewed: {}, reviewRating: [] },
      { claims: [null, 1, { claimReview: 'x' }] },
    ];
    for (const input of weird) {
      expect(() => fromClaimReview(input), typeof input).not.to.throw();
      expect(fromClaimReview(input).documents).to.deep.equal([]);
    }
  });
});
