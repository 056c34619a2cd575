import fc from 'fast-check';
import sinon from 'sinon';
import { deepText, expect, fixture, html, loadExample, settled, waitUntil } from '../../test-support/index.js';
import { mutate, replacement } from '../../test-support/near-valid.js';
import { fuzzRuns } from '../../test-support/test-config.js';
import { roundup } from '../../data/claim-review/fixtures/roundup.js';
import { singleClaimReview } from '../../data/claim-review/fixtures/single.js';
import type { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

/**
 * Property: whatever near-valid document the embed is handed, it ends in `ready` or `error`,
 * nothing is thrown or rejected uncaught (the suite fails on both), and the embed beside it keeps
 * rendering. Documents are the canonical example and two ClaimReviews with a few values replaced
 * by anything: other JSON, wrong types, huge strings, hostile URLs, getters that throw, cycles.
 * Seeded; `FACT_VERDICT_FUZZ_RUNS=10000 npm test` runs more.
 */
const SEED = 20261201;

describe('<fact-verdict> with generated near-valid documents', () => {
  afterEach(() => sinon.restore());

  it(`ends every one of ${fuzzRuns} documents in ready or error, and its neighbour keeps rendering`, async function () {
    this.timeout(Math.max(60_000, fuzzRuns * 250)); // About 15 ms a document on an idle machine; generous under load.
    const canonical = await loadExample('fip-csto-putin-2024');
    const bases = [canonical, singleClaimReview, roundup];
    sinon.stub(console, 'error');
    sinon.stub(console, 'warn');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <fact-verdict class="subject"></fact-verdict>
      <fact-verdict class="neighbour" .data=${canonical}></fact-verdict>
    </div>`);
    const subject = wrapper.querySelector<FactVerdict>('.subject')!;
    const neighbour = await settled(wrapper.querySelector<FactVerdict>('.neighbour')!);
    const neighbourText = deepText(neighbour);
    const outcomes = { ready: 0, error: 0 };

    const mutation = fc.record({ at: fc.nat(), key: fc.string({ maxLength: 12 }), replace: replacement });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (which, mutations) => {
        const doc = mutate(bases[which], mutations);
        try {
          subject.data = doc as FactVerdict['data'];
          await subject.updateComplete;
          if (subject.state === 'loading') await waitUntil(() => subject.state !== 'loading', 'still loading', { timeout: 4000 });
        } catch (error) {
          // Say what broke: the runner shows fast-check's message, not its cause.
          throw new Error(`the embed threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
        }
        expect(['ready', 'error']).to.include(subject.state);
        outcomes[subject.state as 'ready' | 'error'] += 1;
        expect(neighbour.state).to.equal('ready');
      }),
      { seed: SEED, numRuns: fuzzRuns, endOnFailure: true },
    );
    // The neighbour was never re-rendered into something else, and both outcomes were exercised.
    expect(deepText(neighbour)).to.equal(neighbourText);
    expect(outcomes.ready, 'some generated documents are still valid').to.be.greaterThan(0);
    expect(outcomes.error, 'some generated documents are broken').to.be.greaterThan(0);
  });
});
