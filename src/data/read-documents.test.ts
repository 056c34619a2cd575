import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem, type Problem } from './problems.js';
import { readDocumentsSync } from './read-documents-sync.js';
import { documentReadersReady, loadDocumentReaders, readDocuments } from './read-documents.js';
import { MAX_REVIEWS, MAX_TEXT_LENGTH } from './limits.js';
import { singleClaimReview } from './claim-review/fixtures/single.js';
import { roundup } from './claim-review/fixtures/roundup.js';

/**
 * The two document readers are one read path: `readDocuments` loads what an input needs, then
 * calls `readDocumentsSync`. This page imports neither the ClaimReview importer nor the scales
 * beyond English up front (as the CDN build does not), so the tests below run in order: first
 * with nothing loaded, then after `loadDocumentReaders` has brought it.
 */
const factCheck = (label: string) => ({ claim: { text: 'The bridge will close.' }, verdict: { label } });
const lines = (problems: Problem[]) => problems.map(formatProblem);

describe('readDocumentsSync and readDocuments', () => {
  it('reads a FactCheck document synchronously, and asynchronously to the same result', async () => {
    const input = factCheck('False');
    expect(documentReadersReady(input)).to.equal(true);
    const sync = readDocumentsSync(input);
    expect(sync.problems).to.deep.equal([]);
    expect(sync.documents.map((d) => d.verdict.rating)).to.deep.equal(['false']);
    expect(await readDocuments(input)).to.deep.equal(sync);
  });

  it('reads a label only another scale knows once the scales are loaded, and says when they are needed', async () => {
    const input = factCheck('Falso');
    expect(documentReadersReady(input)).to.equal(false);
    expect(readDocumentsSync(input).documents[0]!.verdict.rating).to.equal('unrated');
    expect((await readDocuments(input)).documents[0]!.verdict.rating).to.equal('false');
    expect(documentReadersReady(input)).to.equal(true);
    expect(readDocumentsSync(input).documents[0]!.verdict.rating).to.equal('false');
  });

  it('says ClaimReview cannot be read synchronously before its importer is loaded', () => {
    expect(documentReadersReady(singleClaimReview)).to.equal(false);
    const { documents, problems } = readDocumentsSync(singleClaimReview);
    expect(documents).to.deep.equal([]);
    expect(lines(problems).at(-1)).to.equal(
      '$: is not a FactCheck document, and ClaimReview cannot be read: its importer is not loaded (import fact-verdict/data, or read with readDocuments)',
    );
    // Input that cannot be ClaimReview needs no importer to be reported.
    expect(documentReadersReady(null)).to.equal(true);
    expect(lines(readDocumentsSync(null).problems)).to.deep.equal(['$: expected an object, got null']);
  });

  it('reads ClaimReview synchronously once loaded, as readDocuments does', async () => {
    await loadDocumentReaders(singleClaimReview);
    expect(documentReadersReady(singleClaimReview)).to.equal(true);
    const sync = readDocumentsSync(singleClaimReview, { pageUrl: 'https://factdesk.example.org/' });
    expect(sync.documents).to.have.length(1);
    expect(sync.documents[0]!.verdict.rating).to.equal('false');
    expect(await readDocuments(singleClaimReview, { pageUrl: 'https://factdesk.example.org/' })).to.deep.equal(sync);
    expect(readDocumentsSync(JSON.stringify(singleClaimReview))).to.deep.equal(readDocumentsSync(singleClaimReview));
    expect(readDocumentsSync(roundup).documents.length).to.be.greaterThan(1);
  });

  it('never throws, and never rejects for its input', async () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('has trap');
        },
        ownKeys: () => {
          throw new Error('keys trap');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [hostile, revoked, [hostile], { '@graph': [hostile] }, '{"@type":"ClaimReview"', Symbol('x'), () => 1]) {
      const sync = readDocumentsSync(input);
      expect(sync.documents).to.deep.equal([]);
      expect(sync.problems.length, String(typeof input)).to.be.greaterThan(0);
      const async = await readDocuments(input);
      expect(async.documents).to.deep.equal([]);
    }
    expect(lines(readDocumentsSync(hostile).problems)).to.deep.equal(['$: could not be read: has trap']);
  });

  it('caps a round-up at the reviews limit and a 30-million-character claim at the text limit, fast', () => {
    const many = Array.from({ length: MAX_REVIEWS + 20 }, (_, i) => ({ ...singleClaimReview, url: `https://factdesk.example.org/checks/${i}` }));
    const roundupResult = readDocumentsSync(many);
    expect(roundupResult.documents).to.have.length(MAX_REVIEWS);
    expect(lines(roundupResult.problems)).to.deep.equal([`$: holds more than ${MAX_REVIEWS} reviews; only the first ${MAX_REVIEWS} are read`]);

    const text = JSON.stringify({ ...singleClaimReview, claimReviewed: 'x'.repeat(30_000_000) });
    const json: unknown = JSON.parse(text);
    const start = performance.now();
    const { documents, problems } = readDocumentsSync(json);
    const elapsed = performance.now() - start;
    console.log(`30 MB ClaimReview: readDocumentsSync ${elapsed.toFixed(1)} ms`);
    expect(documents[0]!.claim.text).to.have.length(MAX_TEXT_LENGTH);
    // One warning, at the input's path: the converted document is within the limits already.
    expect(lines(problems)).to.deep.equal([`claimReviewed: is longer than ${MAX_TEXT_LENGTH} characters; cut to ${MAX_TEXT_LENGTH} (ending in …)`]);
    expect(elapsed).to.be.below(250);
  });

  it('names problems of a converted document by its index', () => {
    const { problems } = readDocumentsSync([
      { ...singleClaimReview, url: 'https://factdesk.example.org/a' },
      { ...singleClaimReview, reviewRating: { alternateName: 'Totally Bogus' } },
    ]);
    expect(lines(problems)).to.deep.equal([
      `[1].reviewRating.alternateName: "Totally Bogus" is not a known rating label; it shows as unrated, in the publisher's words`,
    ]);
  });
});
