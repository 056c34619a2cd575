import { expect, fixture, html, shadow, visibleText, waitUntil } from '../../test-support/index.js';
import { RATINGS } from '../../data/ratings/rating.js';
import { FactVerdictBadge } from './verdict-badge.element.js';
import './fact-verdict-badge.js';

/** What assistive technology reads for the badge: its text minus what is aria-hidden. */
function spokenText(el: FactVerdictBadge): string {
  const clone = shadow(el).querySelector('.badge')!.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return visibleText(clone);
}

describe('<fact-verdict-badge>', () => {
  describe('accessibility', () => {
    for (const rating of RATINGS) {
      it(`has no axe violations for rating="${rating}"`, async () => {
        const el = await fixture<FactVerdictBadge>(html`<p>The claim is <fact-verdict-badge rating=${rating}></fact-verdict-badge>.</p>`);
        await expect(el).to.be.accessible();
      });
    }

    it('reads the whole verdict, with the icon hidden', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Pants on Fire"></fact-verdict-badge>`);
      expect(spokenText(el)).to.equal('Verdict: Pants on Fire');
      const icon = shadow(el).querySelector('[part="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[aria-label]') === null, 'no such element expected').to.equal(true);
    });

    it('shows the verdict in words, never by colour alone', async () => {
      for (const rating of RATINGS) {
        const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating=${rating}></fact-verdict-badge>`);
        expect(visibleText(shadow(el).querySelector('[part="label"]')!)).to.not.equal('');
      }
    });
  });

  describe('properties', () => {
    it('derives and reflects the rating from the label', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Mostly True"></fact-verdict-badge>`);
      expect(el.rating).to.equal('mostly-true');
      expect(el.getAttribute('rating')).to.equal('mostly-true');
      el.label = 'Pants on Fire';
      await el.updateComplete;
      expect(el.getAttribute('rating')).to.equal('false');
    });

    it('prefers an explicit rating over the label', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="false" label="Pants on Fire"></fact-verdict-badge>`);
      expect(el.rating).to.equal('false');
      expect(visibleText(shadow(el).querySelector('[part="label"]')!)).to.equal('Pants on Fire');
      el.rating = 'satire';
      await el.updateComplete;
      expect(el.getAttribute('rating')).to.equal('satire');
    });

    it('falls back to derivation, then to unrated, for an unknown rating', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="bogus" label="False"></fact-verdict-badge>`);
      expect(el.rating).to.equal('false');
      const unknown = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Ni vrai ni faux, au fond"></fact-verdict-badge>`);
      expect(unknown.getAttribute('rating')).to.equal('unrated');
      expect(visibleText(shadow(unknown).querySelector('[part="label"]')!)).to.equal('Ni vrai ni faux, au fond');
    });

    it('knows other publishers’ and languages’ labels once their scales load', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Engañoso"></fact-verdict-badge>`);
      // The scales arrive as some thirty modules from the dev server, which takes over a second on a busy machine.
      await waitUntil(() => el.getAttribute('rating') === 'misleading', 'the Spanish label never mapped', { timeout: 8000 });
      const armenian = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Սուտ"></fact-verdict-badge>`);
      await waitUntil(() => armenian.getAttribute('rating') === 'false', 'the Armenian label never mapped', { timeout: 8000 });
      expect(visibleText(shadow(armenian).querySelector('[part="label"]')!)).to.equal('Սուտ');
    });

    it('names the rating when there is no label', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="mostly-false"></fact-verdict-badge>`);
      expect(visibleText(shadow(el).querySelector('[part="label"]')!)).to.equal('Mostly false');
    });

    it('renders the label as text, never as markup', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label=${'<img src=x onerror=alert(1)>'}></fact-verdict-badge>`);
      expect(shadow(el).querySelector('img') === null, 'no such element expected').to.equal(true);
      expect(visibleText(shadow(el).querySelector('[part="label"]')!)).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('parts and styling', () => {
    it('exposes base, icon and label parts', async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="true"></fact-verdict-badge>`);
      for (const part of ['base', 'icon', 'label']) expect(shadow(el).querySelector(`[part="${part}"]`), part).to.exist;
    });

    it('takes its colour from a --fact-* token set once at the page root', async () => {
      document.documentElement.style.setProperty('--fact-color-false', 'rgb(1, 2, 3)');
      try {
        const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating="false"></fact-verdict-badge>`);
        expect(getComputedStyle(shadow(el).querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      } finally {
        document.documentElement.style.removeProperty('--fact-color-false');
      }
    });

    it('inherits the host page’s font', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif"><fact-verdict-badge rating="true"></fact-verdict-badge></div>`);
      const label = shadow(wrapper.querySelector('fact-verdict-badge')!).querySelector('[part="label"]')!;
      expect(getComputedStyle(label).fontFamily).to.equal('Georgia, serif');
    });

    it('speaks the language of the nearest ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="xx"><fact-verdict-badge rating="true"></fact-verdict-badge></div>`);
      // No catalogue for "xx": English is the fallback, and nothing breaks.
      expect(spokenText(wrapper.querySelector('fact-verdict-badge')!)).to.equal('Verdict: True');
    });
  });

  describe('shape and wrapping', () => {
    /** The icon's drawing, as markup without Lit's comment markers. */
    const drawing = async (rating: string) => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge rating=${rating}></fact-verdict-badge>`);
      return shadow(el)
        .querySelector('svg')!
        .innerHTML.replace(/<!--[^>]*-->/g, '');
    };

    it('draws a different shape for each family, and mostly false not as false’s ✕', async () => {
      const shapes = new Map<string, string>();
      for (const rating of RATINGS) shapes.set(rating, await drawing(rating));
      // Families: true and mostly true are checks, mixed and misleading the warning sign; every other pair differs.
      const families = [['true'], ['mostly-true'], ['mixed', 'misleading'], ['mostly-false'], ['false'], ['unproven'], ['satire'], ['unrated']];
      const byFamily = families.map((family) => shapes.get(family[0]!)!);
      expect(new Set(byFamily).size, byFamily.join('\n')).to.equal(families.length);
      expect(shapes.get('mixed')).to.equal(shapes.get('misleading'));
      expect(shapes.get('mostly-false')).to.not.equal(shapes.get('false'));
      for (const shape of shapes.values()) expect(shape).to.match(/<(path|circle)\b/);
    });

    it('wraps a long label inside a 375 px page instead of making it scroll sideways', async () => {
      const label = 'Needs context: the figure is right, but it leaves out the three years before the change';
      const page = await fixture<HTMLElement>(
        html`<div style="inline-size: 375px; font-size: 20px"><p>The claim is <fact-verdict-badge label=${label} rating="misleading"></fact-verdict-badge>, says the desk.</p></div>`,
      );
      const badge = page.querySelector('fact-verdict-badge')!;
      const base = shadow(badge).querySelector<HTMLElement>('[part="base"]')!;
      expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(375);
      expect(base.getBoundingClientRect().width).to.be.at.most(375);
      // It did wrap: the words take more than one line.
      const lineHeight = parseFloat(getComputedStyle(base).lineHeight);
      expect(shadow(badge).querySelector('[part="label"]')!.getBoundingClientRect().height).to.be.greaterThan(lineHeight * 1.5);
    });

    it('keeps a short label on one line, moving with the sentence like a word', async () => {
      const page = await fixture<HTMLElement>(
        html`<p style="inline-size: 12rem">A very long sentence is <fact-verdict-badge label="Mostly True"></fact-verdict-badge> here.</p>`,
      );
      const label = shadow(page.querySelector('fact-verdict-badge')!).querySelector<HTMLElement>('[part="label"]')!;
      expect(label.getClientRects()).to.have.length(1);
      expect(label.getBoundingClientRect().height).to.be.lessThan(parseFloat(getComputedStyle(label).lineHeight) * 1.5);
    });
  });

  describe('registration', () => {
    it('is registered under its tag', () => {
      expect(customElements.get('fact-verdict-badge')).to.equal(FactVerdictBadge);
    });

    it('does not throw when registered twice, and warns for a different class', () => {
      expect(() => FactVerdictBadge.define()).not.to.throw();
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => class extends FactVerdictBadge {}.define()).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
    });
  });
});
