// `FactVerdict.define('my-verdict')` from the class module alone, in a page where no default tag was
// ever registered: the embed must register the parts it draws (claim card, evidence list, timeline,
// badge) through its `static dependencies`, or a reader sees a "ready" embed with no claim, no
// verdict and no sources. (Wired by the lead in src/elements/verdict/; this test says whether it is.)
import { deepText, expect, settled } from '../test-support/index.js';
import type { FactCheck } from '../data/fact-check/schema.js';
import { FactVerdict } from './verdict/verdict.element.js';

const PARTS = ['fact-claim-card', 'fact-evidence-list', 'fact-timeline', 'fact-verdict-badge'];

const doc: FactCheck = {
  claim: { text: 'The river bridge will close for five years.', claimant: { name: 'Alex Example' } },
  verdict: { label: 'Mostly False', summary: 'Repairs close one lane for eight months.' },
  evidence: [
    { title: 'Council minutes, 12 March', publisher: 'City Council', url: 'https://example.org/minutes' },
    { title: 'Engineers’ survey of the bridge', publisher: 'Roads Agency' },
  ],
  timeline: [
    { date: '2024-03', title: 'Repairs announced' },
    { date: '2024-06-01', title: 'Lane closures begin' },
  ],
  headline: 'Will the river bridge close for five years?',
};

describe('FactVerdict.define("my-verdict") with the default tags never registered', () => {
  it('starts from a page without the default tags', () => {
    for (const tag of ['fact-verdict', ...PARTS]) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('shows the claim, the verdict in words, why, the sources and the timeline', async () => {
    FactVerdict.define('my-verdict');
    const embed = document.createElement('my-verdict') as FactVerdict;
    embed.data = doc;
    document.body.append(embed);
    try {
      await settled(embed);
      expect(embed.state).to.equal('ready');
      const text = deepText(embed);
      expect(text).to.include(doc.headline!);
      expect(text, 'the claim card').to.include(doc.claim.text).and.to.include('Alex Example');
      expect(text, 'the verdict badge').to.include('Mostly False');
      expect(text).to.include(doc.verdict.summary!);
      for (const source of doc.evidence!) expect(text, 'the evidence list').to.include(source.title).and.to.include(source.publisher!);
      for (const event of doc.timeline!) expect(text, 'the timeline').to.include(event.title);
      for (const tag of PARTS) expect(customElements.get(tag), tag).not.to.equal(undefined);
      expect(customElements.get('fact-verdict'), 'only the parts, never the embed’s own default tag').to.equal(undefined);
    } finally {
      embed.remove();
    }
  });
});
