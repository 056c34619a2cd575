import { expect, fixture, html, loadExample, settled, shadow, waitUntil } from '../../test-support/index.js';
import { FactVerdict } from './verdict.element.js';
import { CONFIRMATION_MS } from './share.js';
import './fact-verdict.js';

/** Replaces `navigator[name]` for one test (an own property shadows the prototype's); returns the undo. */
function stub(name: 'share' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

async function embed(doc: Record<string, unknown>, share = true): Promise<FactVerdict> {
  return settled(await fixture<FactVerdict>(html`<fact-verdict ?share=${share} .data=${doc}></fact-verdict>`));
}

const control = (el: FactVerdict) => shadow(el).querySelector<HTMLButtonElement>('[part~="share"]');
const status = (el: FactVerdict) => shadow(el).querySelector<HTMLElement>('.share-status')!;

describe('<fact-verdict share>', () => {
  let doc: Record<string, unknown>;
  const undo: (() => void)[] = [];
  beforeEach(async () => {
    // The canonical example, with the address of its article.
    doc = { ...(await loadExample('fip-csto-putin-2024')), url: 'https://fip.example/fact-checks/csto-2020' };
  });
  afterEach(() => undo.splice(0).forEach((restore) => restore()));

  it('offers no control without the attribute, nor without a url', async () => {
    expect(control(await embed(doc, false)) === null, 'no control without share').to.equal(true);
    const { url: _url, ...withoutUrl } = doc;
    expect(control(await embed(withoutUrl)) === null, 'no control without a url').to.equal(true);
    // A url the allow-list refuses is no url either.
    expect(control(await embed({ ...doc, url: 'javascript:alert(1)' })) === null, 'no control for a refused url').to.equal(true);
  });

  it('opens the browser’s share sheet with the title and the link', async () => {
    const calls: ShareData[] = [];
    undo.push(stub('share', (data: ShareData) => (calls.push(data), Promise.resolve())));
    const el = await embed(doc);
    const button = control(el)!;
    expect(button.textContent!.trim()).to.equal('Share');
    button.click();
    await waitUntil(() => calls.length === 1, 'navigator.share was never called', { timeout: 4000 });
    expect(calls[0]).to.deep.equal({ title: doc.headline, url: doc.url });
    expect(status(el).textContent).to.equal('');
  });

  it('says nothing when the reader closes the share sheet', async () => {
    let asked = false;
    undo.push(stub('share', () => ((asked = true), Promise.reject(new DOMException('closed', 'AbortError')))));
    undo.push(stub('clipboard', { writeText: () => Promise.reject(new Error('must not copy')) }));
    const el = await embed(doc);
    control(el)!.click();
    await waitUntil(() => asked, 'navigator.share was never called', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status(el).textContent).to.equal('');
  });

  it('copies the link where there is no share sheet, and says so for a few seconds', async () => {
    const copied: string[] = [];
    undo.push(stub('share', undefined));
    undo.push(stub('clipboard', { writeText: (text: string) => (copied.push(text), Promise.resolve()) }));
    const el = await embed(doc);
    const button = control(el)!;
    expect(button.textContent!.trim()).to.equal('Copy link');
    button.click();
    await waitUntil(() => status(el).textContent === 'Link copied', 'no confirmation', { timeout: 4000 });
    expect(copied).to.deep.equal([doc.url]);
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).getBoundingClientRect().width, 'the confirmation is visible').to.be.above(0);
    await waitUntil(() => status(el).textContent === '', 'the confirmation never cleared', { timeout: CONFIRMATION_MS + 2000 });
  });

  it('shows the link selected in a field when the clipboard is refused, without an unhandled rejection', async () => {
    undo.push(stub('share', undefined));
    undo.push(stub('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
    const el = await embed(doc);
    control(el)!.click();
    await waitUntil(() => status(el).querySelector('input') !== null, 'no field with the link', { timeout: 4000 });
    const field = status(el).querySelector('input')!;
    expect(field.value).to.equal(doc.url);
    expect(field.readOnly).to.equal(true);
    expect(status(el).textContent!.trim()).to.equal('Copy link');
    expect(shadow(el).activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, String(doc.url).length]);
  });

  it('copies the link when there is no clipboard at all (an insecure page): the field again', async () => {
    undo.push(stub('share', undefined));
    undo.push(stub('clipboard', undefined));
    const el = await embed(doc);
    control(el)!.click();
    await waitUntil(() => status(el).querySelector('input') !== null, 'no field with the link', { timeout: 4000 });
  });

  it('speaks the embed’s language', async () => {
    undo.push(stub('share', undefined));
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict lang="fr" share .data=${doc}></fact-verdict>`));
    await waitUntil(() => control(el)?.textContent?.trim() === 'Copier le lien', 'not in French', { timeout: 4000 });
  });

  it('has no axe violations with the control', async () => {
    const el = await embed(doc);
    await expect(el).to.be.accessible();
  });
});
