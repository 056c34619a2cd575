// Right to left and the document's own language, measured in the browser: the direction each
// rendered node computes to, where things land on screen, and which `lang` the document's text
// carries. These tests are about direction, not about which words show: they hold whether or not
// the Arabic, Hebrew and Persian catalogues have loaded.
import { expect, fixture, html, settled, shadow, loadExample } from '../test-support/index.js';
import { readFactCheck } from '../data/fact-check/read.js';
import type { FactCheck } from '../data/fact-check/schema.js';
import { arabicFactCheck, hebrewFactCheck } from './verdict/fixtures/rtl-documents.js';
import './verdict/fact-verdict.js';
import { FactVerdict } from './verdict/verdict.element.js';
import { FactClaimCard } from './claim-card/claim-card.element.js';
import { FactEvidenceList } from './evidence-list/evidence-list.element.js';
import { FactTimeline } from './timeline/timeline.element.js';
import { FactVerdictBadge } from './verdict-badge/verdict-badge.element.js';

/** A parent with the given attributes; the element stays the fixture's root, so the fixture waits on its update. */
function within(attributes: Record<string, string>): HTMLElement {
  const parent = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) parent.setAttribute(name, value);
  return parent;
}

/** Every element in the shadow trees under `root` (not the light DOM), with the shadow root it is in. */
function shadowElements(root: Element): Array<{ el: Element; tree: ShadowRoot }> {
  const found: Array<{ el: Element; tree: ShadowRoot }> = [];
  const visit = (tree: ShadowRoot) => {
    for (const el of tree.querySelectorAll('*')) {
      found.push({ el, tree });
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Rendered: laid out in a box (not `display: none`, not a `<style>`). */
const rendered = (el: Element) => el.getClientRects().length > 0 && el.localName !== 'style';

/**
 * The document's own text: inside (or on) an element of its shadow tree that carries a `lang`, a
 * name isolated in `<bdi>`, or an element given a direction of its own (`auto` for titles, the
 * document language's otherwise) against the interface's.
 */
function isDocumentText(el: Element, tree: ShadowRoot, interfaceDir: string): boolean {
  for (let node: Element | null = el; node && tree.contains(node); node = node.parentElement) {
    // A part's host (`<fact-timeline lang="ar">`) carries the interface's language and direction, handed down.
    if (node.localName.includes('-')) continue;
    if (node.hasAttribute('lang') || node.localName === 'bdi') return true;
    const dir = node.getAttribute('dir');
    if (dir && dir !== interfaceDir) return true;
  }
  return false;
}

/** The computed direction of the embed's interface nodes, and of the document's own text. */
function directions(root: Element, interfaceDir: 'ltr' | 'rtl') {
  const nodes = shadowElements(root).filter(({ el }) => rendered(el));
  const ui = nodes.filter(({ el, tree }) => !isDocumentText(el, tree, interfaceDir));
  const text = nodes.filter(({ el, tree }) => isDocumentText(el, tree, interfaceDir));
  const dir = (list: typeof nodes) => list.map(({ el }) => getComputedStyle(el).direction);
  return { ui: dir(ui), text: dir(text) };
}

const count = (list: string[], value: string) => list.filter((d) => d === value).length;

async function canonical(): Promise<FactCheck> {
  return (await loadExample('fip-csto-putin-2024')) as unknown as FactCheck;
}

/** A full embed of `data` inside a parent with `attributes`, wide enough for the timeline's row. */
async function embed(data: unknown, attributes: Record<string, string>, own: Record<string, string> = {}): Promise<FactVerdict> {
  const el = await fixture<FactVerdict>(html`<fact-verdict .data=${data}></fact-verdict>`, {
    parentNode: within({ style: 'inline-size: 800px', ...attributes }),
  });
  for (const [name, value] of Object.entries(own)) el.setAttribute(name, value);
  return settled(el);
}

const inner = (root: Element, selector: string): Element => {
  for (const { el } of shadowElements(root)) if (el.matches(selector)) return el;
  throw new Error(`no ${selector}`);
};
const rect = (root: Element, selector: string) => inner(root, selector).getBoundingClientRect();

/** The box of the first occurrence of `text` in `el`'s text. */
function textRect(el: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`no "${text}" in ${el.localName}`);
}

describe('right to left', () => {
  it('the fixtures are valid fact-check documents', () => {
    for (const doc of [arabicFactCheck, hebrewFactCheck]) expect(readFactCheck(doc).problems).to.deep.equal([]);
  });

  describe('computed direction', () => {
    for (const lang of ['ar', 'he', 'fa']) {
      it(`a lang="${lang}" page without dir mirrors every interface node; the English document's text stays ltr`, async () => {
        const el = await embed(await canonical(), { lang });
        const { ui, text } = directions(el, 'rtl');
        expect(ui.length, 'interface nodes').to.be.greaterThan(40);
        expect(count(ui, 'ltr'), 'interface nodes left to right').to.equal(0);
        expect(text.length, 'document text nodes').to.be.greaterThan(10);
        expect(count(text, 'rtl'), 'English document text right to left').to.equal(0);
      });
    }

    it('a document in the page’s own right-to-left language is right to left throughout, but for a title in English', async () => {
      const el = await embed(arabicFactCheck, { lang: 'ar' });
      const nodes = shadowElements(el).filter(({ el }) => rendered(el));
      // Titles and names take their direction from their own letters (dir="auto"): the one
      // English source title reads left to right, everything else right to left.
      const own = nodes.filter(({ el }) => el.closest('[dir="auto"], bdi'));
      const rest = nodes.filter(({ el }) => !el.closest('[dir="auto"], bdi')).map(({ el }) => getComputedStyle(el).direction);
      expect(rest.length).to.be.greaterThan(50);
      expect(count(rest, 'ltr')).to.equal(0);
      const ltr = own.filter(({ el }) => getComputedStyle(el).direction === 'ltr').map(({ el }) => el.closest('[dir="auto"], bdi')!.textContent!.trim());
      // The English source title and the Latin-script names (an author, a source's publisher).
      expect(
        [...new Set(ltr)].every((text) => /^(Coronavirus disease \(COVID-19\)|Karim Haddad$|UNICEF$)/.test(text)),
        ltr.join(' | '),
      ).to.equal(true);
      expect(ltr.length).to.be.greaterThan(0);
    });

    it('an explicit dir wins over the language: dir="ltr" on an Arabic page, dir="rtl" on an English one', async () => {
      const ltr = await embed(await canonical(), { lang: 'ar', dir: 'ltr' });
      expect(count(directions(ltr, 'ltr').ui, 'rtl')).to.equal(0);
      const rtl = await embed(await canonical(), { lang: 'en', dir: 'rtl' });
      const { ui } = directions(rtl, 'rtl');
      expect(ui.length).to.be.greaterThan(40);
      expect(count(ui, 'ltr')).to.equal(0);
    });

    it('the element’s own dir wins over its ancestors’, and a change of it re-renders every part', async () => {
      const el = await embed(await canonical(), { lang: 'ar', dir: 'rtl' }, { dir: 'ltr' });
      expect(count(directions(el, 'ltr').ui, 'rtl'), 'dir="ltr" on the element').to.equal(0);
      el.removeAttribute('dir');
      await settled(el);
      const { ui } = directions(el, 'rtl');
      expect(count(ui, 'ltr'), 'after removing it').to.equal(0);
    });

    it('an English page stays left to right (nothing mirrors by default)', async () => {
      const el = await embed(await canonical(), { lang: 'en' });
      const { ui } = directions(el, 'ltr');
      expect(ui.length).to.be.greaterThan(40);
      expect(count(ui, 'rtl')).to.equal(0);
    });

    it('every element alone follows a lang="he" page too', async () => {
      const doc = await canonical();
      const parent = await fixture<HTMLElement>(html`<div lang="he" style="inline-size: 800px">
        <fact-verdict-badge label="False"></fact-verdict-badge>
        <fact-claim-card .data=${doc}></fact-claim-card>
        <fact-evidence-list .data=${doc}></fact-evidence-list>
        <fact-timeline .data=${doc}></fact-timeline>
      </div>`);
      for (const el of parent.children) {
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const { ui } = directions(el, 'rtl');
        expect(ui.length, el.localName).to.be.greaterThan(0);
        expect(count(ui, 'ltr'), el.localName).to.equal(0);
      }
    });
  });

  describe('visual order', () => {
    it('the claim’s rule and the badge’s icon sit on the right in Arabic, on the left in English', async () => {
      for (const [lang, side] of [
        ['ar', 'right'],
        ['en', 'left'],
      ] as const) {
        const el = await embed(arabicFactCheck, { lang });
        const quote = inner(el, '.quote');
        const style = getComputedStyle(quote);
        expect(style.borderRightWidth !== '0px', `${lang}: rule on the right`).to.equal(side === 'right');
        expect(style.borderLeftWidth !== '0px', `${lang}: rule on the left`).to.equal(side === 'left');
        const icon = rect(el, '.icon');
        const label = rect(el, '[part="label"]');
        expect(icon.left > label.left, `${lang}: icon right of the label`).to.equal(side === 'right');
      }
    });

    it('the timeline runs right to left: the first event is to the right of the second', async () => {
      // An embed wider than its default 42rem, so its timeline has the 40rem a row needs.
      const el = await embed(arabicFactCheck, { lang: 'ar' }, { style: '--fact-max-width: none' });
      const events = shadowElements(el)
        .map(({ el }) => el)
        .filter((e) => e.matches('[part~="event"]'))
        .map((e) => e.getBoundingClientRect());
      // The document's three events, and the claim's date (March 2020) placed before them; its
      // publication is already one of the events.
      expect(events.length).to.equal(4);
      // The wide layout: one row, each event to the left of the one before.
      for (let i = 1; i < events.length; i++) {
        expect(Math.abs(events[i - 1]!.top - events[i]!.top)).to.be.lessThan(1);
        expect(events[i - 1]!.left).to.be.greaterThan(events[i]!.right - 1);
      }
      // The row starts at the scroller's right edge.
      const scroller = rect(el, '.scroller');
      expect(scroller.right - events[0]!.right).to.be.lessThan(8);
    });

    it('an English name inside an Arabic claim keeps its own order', async () => {
      const el = await embed(arabicFactCheck, { lang: 'ar' });
      const quote = inner(el, '.quote-text');
      const unicef = textRect(quote, 'UNICEF');
      const before = textRect(quote, 'منسوبة'); // the word just before the name
      const after = textRect(quote, 'تقول'); // the word just after it
      // Right to left, the name sits between its neighbours: the word before it on the right.
      expect(before.left).to.be.greaterThan(unicef.right - 1);
      expect(unicef.left).to.be.greaterThan(after.right - 1);
      // And inside the name, left to right: "UNI" before "CEF".
      expect(textRect(quote, 'UNI').left).to.be.lessThan(textRect(quote, 'CEF').left);
    });

    it('a right-to-left name in a left-to-right sentence is isolated (<bdi>): what follows it stays after it', async () => {
      // Without isolation, the bidi algorithm pulls the role's leading number into the Arabic run,
      // and it shows before the name.
      const doc = { claim: { text: 'x', claimant: { name: 'محمد علي', description: '10 Downing Street' } }, verdict: { label: 'False' } };
      const el = await fixture<HTMLElement>(html`<fact-claim-card lang="en" .data=${doc}></fact-claim-card>`);
      const claimant = shadow(el).querySelector('.claimant')!;
      expect(claimant.querySelector('bdi')?.textContent).to.equal('محمد علي');
      const name = textRect(claimant, 'محمد علي');
      const number = textRect(claimant, '10');
      expect(number.left).to.be.greaterThan(name.right - 1);
      // The control: the same sentence without <bdi> does put the number before the name.
      const control = await fixture<HTMLElement>(html`<p dir="ltr" style="font-size: 16px"><span>محمد علي</span>, 10 Downing Street</p>`);
      expect(textRect(control, '10').right).to.be.lessThan(textRect(control, 'محمد علي').left + 1);
    });
  });

  describe('the document’s language', () => {
    it('an Armenian claim on an English page carries lang="hy"; the interface’s words do not', async () => {
      const doc = {
        ...(await canonical()),
        language: 'hy',
        claim: { text: 'Հայաստանն ակնկալում էր ՀԱՊԿ-ի աջակցությունը', claimant: { name: 'Վլադիմիր Պուտին', description: 'Ռուսաստանի նախագահ' } },
        verdict: { label: 'Կեղծ', rating: 'false' as const, summary: 'Հայաստանը ՀԱՊԿ-ից զորք չի խնդրել։' },
      };
      const el = await embed(doc, { lang: 'en' });
      const quote = inner(el, '.quote-text');
      expect(quote.closest('[lang]')?.getAttribute('lang')).to.equal('hy');
      for (const text of ['Վլադիմիր Պուտին', 'Ռուսաստանի նախագահ', 'Կեղծ', 'Հայաստանը ՀԱՊԿ-ից']) {
        const holder = shadowElements(el).find(({ el }) => el.children.length === 0 && el.textContent?.includes(text));
        expect(holder, text).to.not.equal(undefined);
        expect(holder!.el.closest('[lang]')?.getAttribute('lang'), text).to.equal('hy');
      }
      // The interface's words ("Fact check", "Why", the heading of the sources) carry no lang of their own.
      for (const selector of ['.kicker', '.section-heading', '[part="heading"]']) {
        expect(inner(el, selector).closest('[lang]'), selector).to.equal(null);
      }
    });

    it('text in the interface’s own language carries no lang, and a document without one gets dir="auto"', async () => {
      const same = await embed(await canonical(), { lang: 'en' });
      expect(inner(same, '.quote-text').hasAttribute('lang')).to.equal(false);
      const { language: _, ...unknown } = arabicFactCheck;
      const auto = await embed(unknown, { lang: 'en' });
      const quote = inner(auto, '.quote-text');
      expect(quote.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(quote).direction).to.equal('rtl');
    });
  });

  describe('styles', () => {
    it('use logical properties only, so every rule mirrors with the direction', () => {
      // Physical sides and sizes (margin-left, right:, width:, text-align: left, float) would not.
      const PHYSICAL =
        /(^|[;{\s])((margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right|top|bottom)[\w-]*|left|right|top|bottom|(min-|max-)?(width|height)|float|clear)\s*:|text-align\s*:\s*(left|right)|border-(top|bottom)-(left|right)-radius/;
      const sheets = new Set([FactVerdict, FactClaimCard, FactEvidenceList, FactTimeline, FactVerdictBadge].flatMap((c) => c.elementStyles));
      expect(sheets.size).to.be.greaterThan(6);
      for (const sheet of sheets) {
        const text = ('cssText' in sheet ? sheet.cssText : '').replace(/\/\*[\s\S]*?\*\//g, '');
        expect(text.length).to.be.greaterThan(0);
        expect(text.match(PHYSICAL)?.[0] ?? null, text.slice(0, 60)).to.equal(null);
      }
    });
  });

  describe('nothing mirrors that should not', () => {
    it('a ✓ icon is drawn the same way in right to left', async () => {
      const draw = async (dir: string) => {
        const el = await fixture<HTMLElement>(html`<fact-verdict-badge dir=${dir} rating="true" label="صحيح"></fact-verdict-badge>`);
        const svg = shadow(el).querySelector('svg')!;
        const icon = shadow(el).querySelector<HTMLElement>('.icon')!;
        for (const node of [svg, icon]) {
          const style = getComputedStyle(node);
          expect(style.transform, `${dir}: transform`).to.equal('none');
          expect(style.scale, `${dir}: scale`).to.equal('none');
        }
        // The screen matrix maps the drawing's x forwards: it is not mirrored.
        return svg.getScreenCTM()!.a;
      };
      expect(await draw('rtl')).to.be.greaterThan(0);
      expect(await draw('rtl')).to.equal(await draw('ltr'));
    });
  });
});
