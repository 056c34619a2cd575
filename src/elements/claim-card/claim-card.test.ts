import { expect, fixture, html, oneEvent, shadow, visibleText } from '../../test-support/index.js';
import { readFactCheck } from '../../data/fact-check/read.js';
import type { Claim, FactCheck } from '../../data/fact-check/schema.js';
import { safeUrl } from '../../data/safe-url.js';
import { FactVerdictBadge } from '../verdict-badge/verdict-badge.element.js';
import { FactClaimCard } from './claim-card.element.js';
import './fact-claim-card.js';

let canonical: FactCheck;

before(async () => {
  canonical = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as FactCheck;
});

/** A fresh copy of the canonical example, so no test sees another's changes. */
const example = (): FactCheck => structuredClone(canonical);

interface Inputs {
  claim?: unknown;
  verdict?: unknown;
  data?: unknown;
}

/**
 * Renders a card, inside a wrapper with the given attributes when asked. The card stays the
 * fixture's root so the fixture waits on its update, not on an animation frame (which a background
 * test page may never get).
 */
async function card(inputs: Inputs, wrapper: Record<string, string> = {}): Promise<FactClaimCard> {
  const parentNode = document.createElement('div');
  for (const [name, value] of Object.entries(wrapper)) parentNode.setAttribute(name, value);
  return fixture<FactClaimCard>(html`<fact-claim-card .claim=${inputs.claim} .verdict=${inputs.verdict} .data=${inputs.data}></fact-claim-card>`, {
    parentNode,
  });
}

function part(el: Element, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * The text of `el` as the lines it is drawn on: its words grouped by the bottom of their box (not
 * the top: WebKit's box for the first word after a line break reaches up into the line before).
 */
function drawnLines(el: Element): string[] {
  const lines = new Map<number, string[]>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const bottom = Math.round(range.getBoundingClientRect().bottom);
      lines.set(bottom, [...(lines.get(bottom) ?? []), word[0]]);
    }
  }
  return [...lines].sort(([a], [b]) => a - b).map(([, words]) => words.join(' '));
}

/** Runs `body` with `console[method]` recorded instead of printed. */
async function recording(method: 'error' | 'warn', body: (calls: unknown[][]) => Promise<void>): Promise<void> {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => void calls.push(args);
  try {
    await body(calls);
  } finally {
    console[method] = original;
  }
}

const linked: Claim = {
  text: 'The claim.',
  claimant: { name: 'A Claimant', description: 'Minister', url: 'https://example.org/claimant' },
  date: '2024-11-28',
  appearances: [
    { title: 'Broadcast', url: 'HTTPS://Example.ORG/watch?v=1', date: '2024-11-28' },
    { title: 'Interview', url: 'https://news.example.com/interview', date: '2024-12' },
  ],
};

describe('<fact-claim-card>', () => {
  describe('accessibility', () => {
    it('has no axe violations for the canonical example', async () => {
      const el = await card({ data: example() });
      expect(part(el, 'base')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations for a claim with text only', async () => {
      const el = await card({ claim: { text: 'Only the words.' } });
      expect(visibleText(part(el, 'quote')!)).to.equal('Only the words.');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with linked claimant and appearances', async () => {
      const el = await card({ claim: linked, verdict: { label: 'Mostly True' } });
      expect(shadow(el).querySelectorAll('a')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the error state', async () => {
      await recording('error', async () => {
        const el = await card({ claim: { claimant: { name: 'Nobody' } } });
        expect(part(el, 'error')).to.exist;
        await expect(el).to.be.accessible();
      });
    });

    it('has no axe violations right to left', async () => {
      const el = await card({ data: example() }, { dir: 'rtl' });
      expect(part(el, 'quote')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is a figure named "Claim": the quotation in a blockquote, who said it in the caption', async () => {
      const el = await card({ data: example() });
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.getAttribute('aria-label')).to.equal('Claim');
      expect(figure.querySelector('blockquote')!.textContent).to.equal(example().claim.text);
      expect(figure.lastElementChild!.localName).to.equal('figcaption');
      expect(visibleText(figure.querySelector('figcaption')!)).to.contain('Vladimir Putin, President of Russia');
    });

    it('tells screen readers that a link opens a new tab', async () => {
      const el = await card({ claim: linked });
      const link = shadow(el).querySelector('.claimant a')!;
      expect(visibleText(link)).to.equal('A Claimant (opens in a new tab)');
      expect(link.querySelector('.visually-hidden')).to.exist;
    });
  });

  describe('properties', () => {
    it('renders the canonical example from `data`', async () => {
      const doc = example();
      const el = await card({ data: doc });
      expect(part(el, 'quote')!.textContent).to.equal(doc.claim.text);
      expect(visibleText(shadow(el).querySelector('.claimant')!)).to.equal('Vladimir Putin, President of Russia');
      expect(visibleText(shadow(el).querySelector('.made')!)).to.equal('Said on November 28, 2024');
      expect(visibleText(part(el, 'appearances')!)).to.equal('Where it appeared Remarks to journalists after the CSTO summit in Astana November 28, 2024');
      expect(part(el, 'context')!.textContent).to.equal(doc.claim.context);
      expect((part(el, 'badge') as FactVerdictBadge).label).to.equal('False');
    });

    it('renders the same card from `claim` and `verdict`', async () => {
      const fromData = await card({ data: example() });
      const doc = example();
      const fromParts = await card({ claim: doc.claim, verdict: doc.verdict });
      expect(visibleText(part(fromParts, 'base')!)).to.equal(visibleText(part(fromData, 'base')!));
      expect(visibleText(part(fromParts, 'base')!)).to.contain('Vladimir Putin');
    });

    it('accepts the parts of a document the embed has already read', async () => {
      const { document } = readFactCheck(example());
      await recording('warn', async (warnings) => {
        const el = await card({ claim: document!.claim, verdict: document!.verdict });
        expect(visibleText(shadow(el).querySelector('.made')!)).to.equal('Said on November 28, 2024');
        expect((part(el, 'badge') as FactVerdictBadge).rating).to.equal('false');
        expect(warnings).to.have.length(0);
      });
    });

    it('renders nothing until it has a claim', async () => {
      const el = await card({});
      expect(shadow(el).children).to.have.length(0);
      expect(visibleText(shadow(el))).to.equal('');
      el.claim = { text: 'Now there is a claim.' };
      await el.updateComplete;
      expect(visibleText(part(el, 'quote')!)).to.equal('Now there is a claim.');
    });

    it('shows a date-only claim date on its own calendar day west of UTC', async () => {
      // Guard: the suite runs in America/Los_Angeles, where a careless parse shows the 27th.
      expect(new Date('2024-11-28').getDate()).to.equal(27);
      const el = await card({ claim: { text: 'x', date: '2024-11-28' } });
      const made = shadow(el).querySelector('.made')!;
      expect(visibleText(made)).to.equal('Said on November 28, 2024');
      expect(made.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-28');
    });

    it('shows a partial date as written, without inventing a day', async () => {
      const el = await card({ claim: { text: 'x', date: '2022-07', appearances: [{ title: 'A speech', date: '2022' }] } });
      const made = shadow(el).querySelector('.made')!;
      // "in" for a month or a year, as English says it ("Said on July 2022" is not English).
      expect(visibleText(made)).to.equal('Said in July 2022');
      expect(made.querySelector('time')!.getAttribute('datetime')).to.equal('2022-07');
      expect(visibleText(shadow(el).querySelector('.appearance-date')!)).to.equal('2022');
      const year = await card({ claim: { text: 'x', date: '2022' } });
      expect(visibleText(shadow(year).querySelector('.made')!)).to.equal('Said in 2022');
    });

    it('keeps the line breaks in the claim and its context', async () => {
      const el = await card({ claim: { text: 'First line\nSecond line', context: 'One\nTwo' } });
      // Read as drawn, not through innerText: WebKit (WebKitGTK 2.50) draws both lines of
      // white-space: pre-line but its innerText joins them ("First line Second line").
      expect(drawnLines(part(el, 'quote')!)).to.deep.equal(['First line', 'Second line']);
      expect(drawnLines(part(el, 'context')!)).to.deep.equal(['One', 'Two']);
    });

    it('renders markup-looking strings as text', async () => {
      const evil = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
      const el = await card({
        claim: { text: evil, claimant: { name: evil, description: evil }, context: evil, appearances: [{ title: evil }] },
        verdict: { label: evil },
      });
      expect(shadow(el).querySelector('img, script') === null, 'no such element expected').to.equal(true);
      expect(part(el, 'quote')!.textContent).to.equal(evil);
      expect(part(el, 'context')!.textContent).to.equal(evil);
      expect(visibleText(shadow(el).querySelector('.claimant')!)).to.equal(`${evil}, ${evil}`);
      expect(visibleText(shadow(el).querySelector('.appearance-title')!)).to.equal(evil);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('shows unsafe claimant and appearance URLs as plain text, unlinked', async () => {
      await recording('warn', async (warnings) => {
        const el = await card({
          claim: {
            text: 'x',
            claimant: { name: 'Unsafe Claimant', url: 'javascript:alert(1)' },
            appearances: [
              { title: 'Unsafe Appearance', url: 'javascript:alert(2)' },
              { title: 'Credentials', url: 'https://trusted.example@evil.example/' },
              { url: 'data:text/html,<script>alert(3)</script>' },
            ],
          },
        });
        expect(shadow(el).querySelector('a') === null, 'no such element expected').to.equal(true);
        expect(visibleText(shadow(el).querySelector('.claimant')!)).to.equal('Unsafe Claimant');
        const titles = [...shadow(el).querySelectorAll('.appearance-title')].map(visibleText);
        // The last appearance has neither a title nor a safe link: nothing says where it was.
        expect(titles).to.deep.equal(['Unsafe Appearance', 'Credentials']);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('claim.claimant.url').and.contain('claim.appearances[0].url');
      });
    });

    it('names an untitled appearance by the host it links to, and leaves out one with neither', async () => {
      const el = await card({ claim: { text: 'x', appearances: [{ url: 'https://www.example.com/watch?v=1' }, { date: '2024-11-28' }] } });
      const items = shadow(el).querySelectorAll('.appearance');
      expect(items).to.have.length(1);
      expect(visibleText(items[0]!.querySelector('a')!)).to.equal('example.com (opens in a new tab)');

      const bare = await card({ claim: { text: 'x', appearances: [{ date: '2024-11-28' }] } });
      expect(part(bare, 'appearances')).to.equal(null);
    });

    it('links only through the URL gate, each link opening safely in a new tab', async () => {
      const el = await card({ claim: linked });
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/claimant',
        'https://example.org/watch?v=1',
        'https://news.example.com/interview',
      ]);
      for (const a of links) {
        expect(safeUrl(a.getAttribute('href'))).to.equal(a.getAttribute('href'));
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('target')).to.equal('_blank');
      }
    });

    it('shows the error state naming `claim.text` for an invalid claim, logged once across re-renders', async () => {
      await recording('error', async (errors) => {
        const claim = { claimant: { name: 'Nobody' } };
        const el = await card({ claim });
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(visibleText(error)).to.contain('This fact-check could not be shown. Its data is not valid.');
        expect(visibleText(error.querySelector('li')!)).to.equal('claim.text: is required');
        expect(part(el, 'base')).to.equal(null);

        el.requestUpdate();
        await el.updateComplete;
        el.verdict = { label: 'False' };
        await el.updateComplete;
        expect(part(el, 'error')).to.exist;
        expect(errors).to.have.length(1);
        expect(String(errors[0]![0])).to.contain('<fact-claim-card>').and.contain('claim.text: is required');
      });
    });

    it('shows the error state for an invalid `data` document, and recovers when given a valid one', async () => {
      await recording('error', async (errors) => {
        const { verdict: _dropped, ...withoutVerdict } = example();
        const el = await card({ data: withoutVerdict });
        expect(visibleText(part(el, 'error')!.querySelector('li')!)).to.equal('verdict: is required');
        expect(errors).to.have.length(1);
        el.data = example();
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(null);
        expect(visibleText(part(el, 'quote')!)).to.contain('Armenia did not recognize Karabakh');
      });
    });

    it('prefers `data` over `claim` and `verdict`, and falls back to them when `data` is cleared', async () => {
      const el = await card({ claim: { text: 'From the claim property.' }, verdict: { label: 'True' }, data: example() });
      expect(visibleText(part(el, 'quote')!)).to.contain('Karabakh');
      expect((part(el, 'badge') as FactVerdictBadge).label).to.equal('False');
      el.data = undefined;
      await el.updateComplete;
      expect(visibleText(part(el, 'quote')!)).to.equal('From the claim property.');
      expect((part(el, 'badge') as FactVerdictBadge).label).to.equal('True');
    });

    it('shows a new claim when the property is replaced', async () => {
      const el = await card({ claim: { text: 'Before.', claimant: { name: 'First' } } });
      el.claim = { text: 'After.', claimant: { name: 'Second' } };
      await el.updateComplete;
      expect(visibleText(part(el, 'quote')!)).to.equal('After.');
      expect(visibleText(shadow(el).querySelector('.claimant')!)).to.equal('Second');
    });
  });

  describe('the verdict row', () => {
    /** The card in a box `width` px wide, at a plain 16 px text size. */
    async function sized(width: number, inputs: Inputs): Promise<FactClaimCard> {
      const parentNode = document.createElement('div');
      parentNode.style.cssText = `inline-size: ${width}px; font-size: 16px`;
      return fixture<FactClaimCard>(html`<fact-claim-card .claim=${inputs.claim} .verdict=${inputs.verdict} .data=${inputs.data}></fact-claim-card>`, {
        parentNode,
      });
    }
    const steps = (el: Element) => [...part(el, 'scale')!.querySelectorAll<HTMLElement>('.step')];

    it('draws a PolitiFact-like six-step rail with the verdict’s step marked by its shape', async () => {
      const el = await card({ data: { ...example(), verdict: { label: 'Mostly True' }, publisher: { name: 'PolitiFact' } } });
      const rail = part(el, 'scale')!;
      expect(rail.getAttribute('role')).to.equal('img');
      expect(rail.getAttribute('aria-label')).to.equal('5 of 6 on the publisher’s scale, from false to true');
      const segments = steps(el);
      expect(segments).to.have.length(6);
      const heights = segments.map((segment) => segment.getBoundingClientRect().height);
      // Only the fifth is taller: the mark is a shape, not only a colour.
      expect(heights.filter((h) => h > heights[0]!)).to.have.length(1);
      expect(heights[4]).to.be.greaterThan(heights[0]! * 1.5);
      expect(getComputedStyle(segments[4]!).backgroundColor).to.not.equal(getComputedStyle(segments[0]!).backgroundColor);
      // It runs from the least accurate step at the start: the fifth lies after the first in reading order.
      expect(segments[4]!.getBoundingClientRect().left).to.be.greaterThan(segments[0]!.getBoundingClientRect().left);
    });

    it('takes the publisher’s scale from its publisher attribute when given a claim and a verdict', async () => {
      const el = await fixture<FactClaimCard>(
        html`<fact-claim-card publisher="Snopes" .claim=${{ text: 'x' }} .verdict=${{ label: 'Mostly True' }}></fact-claim-card>`,
      );
      expect(steps(el)).to.have.length(5);
      el.publisher = 'PolitiFact';
      await el.updateComplete;
      expect(steps(el)).to.have.length(6);
      el.publisher = undefined;
      await el.updateComplete;
      // "Mostly True" alone is on two scales of different lengths: no rail rather than a guess.
      expect(part(el, 'scale')).to.equal(null);
    });

    it('reads the rail’s place from a whole-number score', async () => {
      const el = await card({ claim: { text: 'x' }, verdict: { label: 'Our own words', rating: 'mostly-false', score: { value: 2, best: 5, worst: 1 } } });
      expect(steps(el)).to.have.length(5);
      expect(steps(el).findIndex((s) => s.classList.contains('here'))).to.equal(1);
      expect(part(el, 'scale')!.getAttribute('aria-label')).to.equal('2 of 5 on the publisher’s scale, from false to true');
    });

    it('mirrors the rail in right to left, the least accurate step on the right', async () => {
      const el = await card({ claim: { text: 'x' }, verdict: { label: 'Pants on Fire' } }, { dir: 'rtl' });
      const [first, , , , , last] = steps(el);
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(last!.getBoundingClientRect().left);
    });

    it('draws no rail for a verdict off any scale, or one whose scale is unknown', async () => {
      for (const verdict of [
        { label: 'Satire' },
        { label: 'Missing context', score: { value: 3 } },
        { label: 'Unproven' },
        { rating: 'unrated' },
        { label: 'False' },
      ]) {
        const el = await card({ claim: { text: 'x' }, verdict });
        expect(part(el, 'badge'), JSON.stringify(verdict)).to.exist;
        expect(part(el, 'scale'), JSON.stringify(verdict)).to.equal(null);
      }
    });

    it('shows a publisher’s conclusion in the verdict’s place, as a statement, not a badge', async () => {
      const conclusion = 'The figure is right, but it leaves out the three years before the change.';
      const el = await sized(800, { data: { ...example(), language: 'en-GB', verdict: { label: conclusion }, publisher: { name: 'Full Fact' } } });
      const shown = part(el, 'conclusion')!;
      expect(visibleText(shown)).to.equal(conclusion);
      expect(part(el, 'badge')).to.equal(null);
      expect(part(el, 'scale')).to.equal(null);
      expect(visibleText(part(el, 'verdict')!)).to.equal(`Verdict: ${conclusion}`);
      expect(Number(getComputedStyle(shown).fontWeight)).to.be.at.least(700);
      // The claim and the conclusion side by side, each a column of about half the card.
      const quote = part(el, 'quote')!.getBoundingClientRect();
      const row = part(el, 'verdict')!.getBoundingClientRect();
      expect(row.left).to.be.at.least(quote.right);
      expect(Math.abs(row.width - quote.width)).to.be.lessThan(40);
      // The document's own language.
      expect(shown.getAttribute('lang')).to.equal('en-GB');
    });

    it('takes a summary as the conclusion when there is no label and no rating', async () => {
      const el = await card({ claim: { text: 'x' }, verdict: { rating: 'unrated', summary: 'No record shows the meeting took place.' } });
      expect(visibleText(part(el, 'conclusion')!)).to.equal('No record shows the meeting took place.');
      const rated = await card({ claim: { text: 'x' }, verdict: { label: 'False', summary: 'It was not.' } });
      expect(part(rated, 'conclusion')).to.equal(null);
      expect(part(rated, 'badge')).to.exist;
    });

    it('wraps a long label at 375 px without making the page scroll sideways', async () => {
      const label = 'Needs context: the figure is right, but it leaves out the three years before the change';
      for (const width of [375, 800]) {
        const el = await sized(width, { claim: { text: 'Ridership has doubled since we cut fares.' }, verdict: { label, rating: 'misleading' } });
        const box = el.parentElement!;
        expect(box.scrollWidth, `${width}: page width`).to.be.at.most(width);
        expect(shadow(el).querySelector('figure')!.scrollWidth, `${width}: card`).to.be.at.most(width);
        const badge = part(el, 'badge')!;
        expect(badge.getBoundingClientRect().right, `${width}: badge`).to.be.at.most(box.getBoundingClientRect().right + 0.5);
        // The quotation keeps most of a wide card: the label wraps in its column, not the claim in a sliver.
        if (width === 800) expect(part(el, 'quote')!.getBoundingClientRect().width).to.be.greaterThan(width * 0.5);
      }
    });

    it('says the verdict’s words once: the publisher’s label, not the rating’s name beside it', async () => {
      const el = await card({ data: { ...example(), verdict: { label: 'Mostly True' }, publisher: { name: 'PolitiFact' } } });
      const text = [visibleText(shadow(part(el, 'badge')!)), part(el, 'scale')!.getAttribute('aria-label')!].join(' ');
      expect(text.match(/mostly true/gi)).to.have.length(1);
    });
  });

  describe('parts', () => {
    it('exposes base, quote, attribution, appearances, context and badge', async () => {
      const el = await card({ data: example() });
      for (const name of ['base', 'quote', 'attribution', 'appearances', 'context', 'badge']) expect(part(el, name), name).to.exist;
      expect(part(el, 'badge')!.getAttribute('exportparts')).to.equal('base:badge__base,icon:badge__icon,label:badge__label');
    });

    it('leaves out the parts a minimal claim has nothing for', async () => {
      const el = await card({ claim: { text: 'Only the words.' } });
      expect(part(el, 'base')).to.exist;
      expect(part(el, 'quote')).to.exist;
      for (const name of ['attribution', 'appearances', 'context', 'badge']) expect(part(el, name), name).to.equal(null);
    });

    it('gives the badge the verdict', async () => {
      const el = await card({ claim: { text: 'x' }, verdict: { label: 'Half-truth', rating: 'mostly-false' } });
      const badge = part(el, 'badge') as FactVerdictBadge;
      expect(badge).to.be.instanceOf(FactVerdictBadge);
      await badge.updateComplete;
      expect(badge.label).to.equal('Half-truth');
      expect(badge.getAttribute('rating')).to.equal('mostly-false');
      expect(visibleText(shadow(badge).querySelector('[part="label"]')!)).to.equal('Half-truth');
    });

    it('derives the badge rating from the label when the verdict has none', async () => {
      const el = await card({ data: example() });
      const badge = part(el, 'badge') as FactVerdictBadge;
      await badge.updateComplete;
      expect(badge.getAttribute('rating')).to.equal('false');
    });

    it('puts the rule beside the quotation on the reading side, left to right and right to left', async () => {
      const ltr = part(await card({ claim: { text: 'x' } }, { dir: 'ltr' }), 'quote')!;
      expect(getComputedStyle(ltr).borderLeftWidth).to.not.equal('0px');
      expect(getComputedStyle(ltr).borderRightWidth).to.equal('0px');
      const rtl = part(await card({ claim: { text: 'x' } }, { dir: 'rtl' }), 'quote')!;
      expect(getComputedStyle(rtl).borderRightWidth).to.not.equal('0px');
      expect(getComputedStyle(rtl).borderLeftWidth).to.equal('0px');
    });

    it('takes its colours and quotation font from --fact-* tokens set once at the page root', async () => {
      const root = document.documentElement.style;
      root.setProperty('--fact-accent-color', 'rgb(1, 2, 3)');
      root.setProperty('--fact-muted-color', 'rgb(4, 5, 6)');
      root.setProperty('--fact-quote-font', 'Georgia, serif');
      try {
        const el = await card({ data: example() });
        const quote = getComputedStyle(part(el, 'quote')!);
        expect(quote.borderInlineStartColor).to.equal('rgb(1, 2, 3)');
        expect(quote.fontFamily).to.equal('Georgia, serif');
        expect(getComputedStyle(shadow(el).querySelector('.claimant-role')!).color).to.equal('rgb(4, 5, 6)');
      } finally {
        for (const name of ['--fact-accent-color', '--fact-muted-color', '--fact-quote-font']) root.removeProperty(name);
      }
    });

    it('inherits the page’s colour and font, with dark enough secondary text by default', async () => {
      const el = await card({ data: example() }, { style: 'color: rgb(10, 20, 30); font-family: Verdana, sans-serif' });
      expect(getComputedStyle(part(el, 'quote')!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(part(el, 'quote')!).fontFamily).to.equal('Verdana, sans-serif');
      // The shared muted token's light-scheme fallback, #545d68: 6.4:1 on white.
      expect(getComputedStyle(shadow(el).querySelector('.claimant-role')!).color).to.equal('rgb(84, 93, 104)');
    });
  });

  describe('registration', () => {
    it('registers itself and the badge it renders', () => {
      expect(customElements.get('fact-claim-card')).to.equal(FactClaimCard);
      expect(customElements.get('fact-verdict-badge')).to.equal(FactVerdictBadge);
    });

    it('does not throw when registered twice', () => {
      expect(() => FactClaimCard.define()).not.to.throw();
    });
  });

  describe('events', () => {
    /** Clicks `link` without leaving the test page, and returns the `fact-link` heard on `document`. */
    async function follow(link: HTMLAnchorElement): Promise<CustomEvent> {
      link.addEventListener('click', (event) => event.preventDefault(), { capture: true, once: true });
      const heard = oneEvent(document, 'fact-link');
      link.click();
      return heard as Promise<CustomEvent>;
    }

    it('fires fact-link, bubbling and composed, when the reader follows the claimant link', async () => {
      const el = await card({ claim: linked });
      const event = await follow(shadow(el).querySelector<HTMLAnchorElement>('.claimant a')!);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ href: 'https://example.org/claimant', kind: 'claimant' });
    });

    it('fires fact-link with kind "appearance" for an appearance link', async () => {
      const el = await card({ claim: linked });
      const event = await follow(shadow(el).querySelectorAll<HTMLAnchorElement>('.appearance a')[1]!);
      expect(event.detail).to.deep.equal({ href: 'https://news.example.com/interview', kind: 'appearance' });
    });

    it('fires nothing when the host sets its properties', async () => {
      const heard: string[] = [];
      const listen = (event: Event) => heard.push(event.type);
      const names = ['fact-link', 'fact-load', 'fact-error'] as const;
      for (const name of names) document.addEventListener(name, listen);
      try {
        const el = await card({ claim: linked });
        el.data = example();
        await el.updateComplete;
        expect(visibleText(part(el, 'quote')!)).to.contain('Karabakh');
      } finally {
        for (const name of names) document.removeEventListener(name, listen);
      }
      expect(heard).to.deep.equal([]);
    });
  });
});
