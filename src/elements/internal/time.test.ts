import '../../test-support/unhandled-rejections.js';
// What English dates cost a page: an embed in US English draws every date of the canonical example
// without building an Intl date formatter (the first one starts the engine's ICU services, the
// costliest step of a first embed; see src/i18n/en-dates.ts), in the words Intl would write; one
// in British English still goes through Intl.
import { expect, fixture, html, loadExample, seenText, settled, shadow } from '../../test-support/index.js';
import type { FactVerdict } from '../verdict/verdict.element.js';
import '../verdict/fact-verdict.js';

/** Counts the Intl date formatters built while `body` runs. */
async function countingFormatters(body: () => Promise<void>): Promise<number> {
  const Real = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = new Proxy(Real, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return Reflect.construct(target, args) as Intl.DateTimeFormat;
    },
  });
  try {
    await body();
  } finally {
    Intl.DateTimeFormat = Real;
  }
  return built;
}

/** The text of every `<time>` in the embed's shadow trees, as a reader sees it. */
function dates(el: Element): string[] {
  const out: string[] = [];
  const visit = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.localName === 'time') out.push(seenText(node));
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(shadow(el));
  return out;
}

describe('dates in an embed', () => {
  it('in US English are written without an Intl date formatter, in its words', async () => {
    const canonical = await loadExample('fip-csto-putin-2024');
    let el!: FactVerdict;
    const built = await countingFormatters(async () => {
      el = await settled(await fixture<FactVerdict>(html`<fact-verdict lang="en" .data=${canonical}></fact-verdict>`));
    });
    expect(built).to.equal(0);
    const shown = dates(el);
    expect(shown).to.include('November 28, 2024');
    expect(shown).to.include('September 2022');
    const intl = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    expect(shown).to.include(intl.format(Date.UTC(2024, 10, 28)));
  });

  it('in British English go through Intl, which writes the day first', async () => {
    const canonical = await loadExample('fip-csto-putin-2024');
    let el!: FactVerdict;
    const built = await countingFormatters(async () => {
      el = await settled(await fixture<FactVerdict>(html`<fact-verdict lang="en-GB" .data=${canonical}></fact-verdict>`));
    });
    expect(built).to.be.greaterThan(0);
    expect(dates(el)).to.include('28 November 2024');
  });
});
