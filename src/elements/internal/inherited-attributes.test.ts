import { expect, fixture, html } from '../../test-support/index.js';
import { loadMessages } from '../../i18n/locale-ready.js';
import '../verdict-badge/fact-verdict-badge.js';
import '../claim-card/fact-claim-card.js';
import type { FactVerdictBadge } from '../verdict-badge/verdict-badge.element.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('lang and dir on an element', () => {
  before(() => loadMessages('de'));

  it('render the badge again when its own lang or dir changes', async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="false"></fact-verdict-badge>`);
    expect(text(el)).to.include('False');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(text(el)).to.include('Falsch');
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('render a part again when its own lang changes', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<fact-claim-card .data=${{ claim: { text: 'The bridge will close.', date: '2024-03-12' }, verdict: { label: 'False' } }}></fact-claim-card>`,
    );
    expect(text(el)).to.include('March');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(text(el)).to.include('März');
  });
});
