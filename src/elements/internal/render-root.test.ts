import { expect, fixture, html, settled, shadow, loadExample } from '../../test-support/index.js';
import '../verdict/fact-verdict.js';
import type { FactVerdict } from '../verdict/verdict.element.js';

/**
 * A page may hold elements the server already rendered (`@lit-labs/ssr` output, with declarative
 * shadow roots). Without Lit's hydration support, each element renders once, over the server's
 * copy, never beside it.
 */
async function parse(markup: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.setHTMLUnsafe(markup);
  return host;
}

describe('server-rendered markup on the client', () => {
  it('a badge renders over its declarative shadow root', async () => {
    const host = await parse(
      '<fact-verdict-badge label="False"><template shadowrootmode="open"><span part="base">a stale server copy</span></template></fact-verdict-badge>',
    );
    const badge = host.querySelector('fact-verdict-badge')!;
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(badge).textContent).to.not.include('stale');
    expect(shadow(badge).querySelectorAll('[part="base"]').length).to.equal(1);
    expect(shadow(badge).textContent).to.include('False');
  });

  it('an embed with its document inline renders it once, over the server’s copy', async () => {
    const doc = await loadExample('fip-csto-putin-2024');
    const json = JSON.stringify(doc).replaceAll('<', '\\u003c');
    const host = await parse(
      `<fact-verdict><template shadowrootmode="open"><div part="base">a stale server copy</div></template><script type="application/json">${json}</script></fact-verdict>`,
    );
    const el = await settled(host.querySelector('fact-verdict') as FactVerdict);
    expect(el.state).to.equal('ready');
    expect(shadow(el).textContent).to.not.include('stale');
    expect(shadow(el).querySelectorAll('fact-claim-card').length).to.equal(1);
  });
});
