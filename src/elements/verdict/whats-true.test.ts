import '../../test-support/unhandled-rejections.js';
import { expect, fixture, html, seenText, settled, shadow } from '../../test-support/index.js';
import type { FactCheck } from '../../data/fact-check/schema.js';
import type { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

// verdict.whatsTrue and verdict.whatsFalse (issue 12): two short labelled blocks after the why.
const doc = (verdict: Partial<FactCheck['verdict']> = {}): FactCheck => ({
  claim: { text: 'The bridge will close for five years.' },
  verdict: {
    label: 'Mostly False',
    summary: 'The closure is planned for eighteen months.',
    whatsTrue: 'The bridge will close for repairs.',
    whatsFalse: 'Not for five years: the plan says eighteen months.',
    ...verdict,
  },
  language: 'en-GB',
});

const embed = async (data: FactCheck, layout = 'full') =>
  settled(await fixture<FactVerdict>(html`<fact-verdict layout=${layout} .data=${data}></fact-verdict>`));
const block = (el: Element, part: string) => shadow(el).querySelector<HTMLElement>(`[part="${part}"]`);

describe("the verdict's What's true and What's false", () => {
  it('shows each under its heading, after the why, in the document’s language', async () => {
    const el = await embed(doc());
    const why = block(el, 'summary')!;
    const whatsTrue = block(el, 'whats-true')!;
    const whatsFalse = block(el, 'whats-false')!;
    expect(whatsTrue.localName).to.equal('section');
    expect(seenText(whatsTrue.querySelector('.section-heading')!)).to.equal('What’s true');
    expect(seenText(whatsFalse.querySelector('.section-heading')!)).to.equal('What’s false');
    expect(seenText(whatsTrue.querySelector('p')!)).to.equal('The bridge will close for repairs.');
    expect(seenText(whatsFalse.querySelector('p')!)).to.equal('Not for five years: the plan says eighteen months.');
    expect(whatsTrue.querySelector('p')!.lang).to.equal('en-GB');
    // In reading order: the why, then what holds up, then what does not.
    expect(why.compareDocumentPosition(whatsTrue) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(whatsTrue.compareDocumentPosition(whatsFalse) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Headings at the same level as the why's, so the outline stays flat.
    expect(whatsTrue.querySelector('.section-heading')!.localName).to.equal(why.querySelector('.section-heading')!.localName);
    await expect(el).to.be.accessible();
  });

  it('shows one without the other, and neither when absent', async () => {
    const onlyFalse = await embed(doc({ whatsTrue: undefined }));
    expect(block(onlyFalse, 'whats-true')).to.equal(null);
    expect(block(onlyFalse, 'whats-false')).not.to.equal(null);
    const neither = await embed(doc({ whatsTrue: undefined, whatsFalse: undefined }));
    expect(shadow(neither).querySelectorAll('[part="whats-true"], [part="whats-false"]')).to.have.length(0);
  });

  it('renders markup in them as text', async () => {
    const el = await embed(doc({ whatsTrue: '<img src=x onerror=alert(1)>' }));
    const whatsTrue = block(el, 'whats-true')!;
    expect(whatsTrue.querySelector('img')).to.equal(null);
    expect(seenText(whatsTrue.querySelector('p')!)).to.equal('<img src=x onerror=alert(1)>');
  });

  it('leaves them out of the compact layout, which keeps the why alone', async () => {
    const el = await embed(doc(), 'compact');
    expect(block(el, 'summary')).not.to.equal(null);
    expect(shadow(el).querySelectorAll('[part="whats-true"], [part="whats-false"]')).to.have.length(0);
  });

  it('sets them off by a rule at the start, the same for both: their headings, not a colour, say which', async () => {
    const el = await embed(doc());
    const [t, f] = [getComputedStyle(block(el, 'whats-true')!), getComputedStyle(block(el, 'whats-false')!)];
    expect(parseFloat(t.borderInlineStartWidth)).to.be.greaterThan(0);
    expect(t.borderInlineStartColor).to.equal(f.borderInlineStartColor);
  });
});
