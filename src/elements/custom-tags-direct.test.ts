// A publisher who registers a class with the platform's own call, never touching `define()`:
// the parts the element renders must still be registered (by its constructor).
import { deepText, expect } from '../test-support/index.js';
import { FactClaimCard } from './claim-card/claim-card.element.js';
import { FactVerdictBadge } from './verdict-badge/verdict-badge.element.js';

describe('customElements.define("my-tag", Class) directly', () => {
  it('a claim card registered that way still draws its verdict badge', async () => {
    expect(customElements.get('fact-verdict-badge')).to.equal(undefined);
    customElements.define('plain-card', FactClaimCard);
    const card = document.createElement('plain-card') as FactClaimCard;
    card.claim = { text: 'Turnout was the highest ever recorded.' };
    card.verdict = { label: 'True' };
    document.body.append(card);
    try {
      await card.updateComplete;
      expect(customElements.get('fact-verdict-badge')).to.equal(FactVerdictBadge);
      const badge = card.shadowRoot!.querySelector<FactVerdictBadge>('fact-verdict-badge')!;
      await badge.updateComplete;
      expect(deepText(card)).to.include('Turnout was the highest ever recorded.').and.to.include('True');
    } finally {
      card.remove();
    }
  });
});
