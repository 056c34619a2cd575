import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { expect, fixture, html, seenText, shadow, visibleText } from '../../test-support/index.js';
import type { Evidence, FactCheck } from '../../data/fact-check/schema.js';
import { safeUrl } from '../../data/safe-url.js';
import { FactEvidenceList } from './evidence-list.element.js';
import './fact-evidence-list.js';

const EXAMPLE_TITLES = [
  'Official statements by Yerevan during and after the 44-day war of 2020',
  'Armenia’s request to the CSTO for military assistance after Azerbaijan’s attack on its sovereign territory',
  'CSTO Secretary General Stanislav Zas on the Azerbaijani incursion',
  'Prime Minister Nikol Pashinyan’s proposal to deploy a CSTO observation mission on the Armenian-Azerbaijani border',
  'Vladimir Putin’s remarks to journalists after the CSTO summit in Astana',
];

/** A fresh copy of the canonical example each time, so no test sees another's mutations. */
async function example(): Promise<FactCheck> {
  return (await fetch('/examples/fip-csto-putin-2024.json')).json();
}

function sources(count: number): Evidence[] {
  const stances = ['supports', 'refutes', 'context'] as const;
  return Array.from({ length: count }, (_, i) => ({
    title: `Source ${i + 1}`,
    url: `https://news.example/${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    date: '2022-09-13',
    stance: stances[i % 3],
    quote: `Passage ${i + 1}`,
  }));
}

const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="item"]')];
const titles = (el: Element) => items(el).map((li) => seenText(li.querySelector('.title')!));
const toggle = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]');
const heading = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="heading"]')!;

/**
 * The markup of `node`, or null. Assertions take this rather than the node: the runner cannot
 * report a failure that carries a DOM node (it stalls until the file times out).
 */
const markup = (node: Element | null | undefined): string | null => node?.outerHTML ?? null;

/**
 * A parent for the fixture with the given attributes. The element stays the fixture's root so the
 * fixture waits on its update, not on an animation frame (which a background test page may never get).
 */
function within(attributes: Record<string, string>): HTMLElement {
  const parent = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) parent.setAttribute(name, value);
  return parent;
}

describe('<fact-evidence-list>', () => {
  afterEach(() => sinon.restore());

  describe('accessibility', () => {
    before(async function () {
      // The first check loads axe-core (1.4 MB); on a busy machine that alone can outlast a test.
      this.timeout(30_000);
      await expect(await fixture(html`<fact-evidence-list></fact-evidence-list>`)).to.be.accessible();
    });

    it('has no axe violations for the canonical example', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()}></fact-evidence-list>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations collapsed and expanded', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await el.updateComplete;
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the error state', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${[{ title: 42 }] as unknown as Evidence[]}></fact-evidence-list>`);
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations right to left, and mirrors its layout', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()}></fact-evidence-list>`, {
        parentNode: within({ dir: 'rtl', lang: 'ar' }),
      });
      await expect(el).to.be.accessible();
      const quote = getComputedStyle(shadow(el).querySelector('[part="quote"]')!);
      expect(quote.borderRightWidth).to.equal('3px');
      expect(quote.borderLeftWidth).to.equal('0px');
    });

    it('names the list by a heading with the number of sources, at level 3 unless told', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()}></fact-evidence-list>`);
      expect(heading(el).localName).to.equal('h3');
      expect(visibleText(heading(el))).to.equal('5 sources');
      const list = shadow(el).querySelector('[part="list"]')!;
      expect(list.localName).to.equal('ol');
      expect(shadow(el).getElementById(list.getAttribute('aria-labelledby')!) === heading(el), 'the list is labelled by the heading').to.equal(true);

      const h2 = await fixture<FactEvidenceList>(html`<fact-evidence-list heading-level="2" .evidence=${sources(1)}></fact-evidence-list>`);
      expect(heading(h2).localName).to.equal('h2');
      expect(visibleText(heading(h2))).to.equal('1 source');
      const bogus = await fixture<FactEvidenceList>(html`<fact-evidence-list heading-level="9" .evidence=${sources(1)}></fact-evidence-list>`);
      expect(heading(bogus).localName).to.equal('h3');
    });

    it('says each stance in words, never by colour alone', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(3)}></fact-evidence-list>`);
      const stances = [...shadow(el).querySelectorAll('[part="stance"]')];
      expect(stances.map((s) => visibleText(s))).to.deep.equal(['Supports the claim', 'Refutes the claim', 'Context']);
      expect(stances.map((s) => s.getAttribute('data-stance'))).to.deep.equal(['supports', 'refutes', 'context']);
    });

    it('ties the toggle to the list it controls', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
      const controlled = shadow(el).getElementById(toggle(el)!.getAttribute('aria-controls')!);
      expect(controlled === shadow(el).querySelector('[part="list"]'), 'the toggle controls the list').to.equal(true);
      expect(toggle(el)!.localName).to.equal('button');
      expect(toggle(el)!.type).to.equal('button');
    });
  });

  describe('properties', () => {
    it('renders the canonical example from `data`', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()}></fact-evidence-list>`);
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
      expect(markup(toggle(el))).to.equal(null);
      const first = items(el)[0]!;
      expect(visibleText(first.querySelector('[part="stance"]')!)).to.equal('Refutes the claim');
      expect(visibleText(first.querySelector('[part="quote"]')!)).to.equal(
        'The Armenian side has never officially demanded or asked the CSTO for its units to support the Armenian side in Nagorno-Karabakh.',
      );
      // The second source has no quote: no empty blockquote is left behind.
      expect(markup(items(el)[1]!.querySelector('[part="quote"]'))).to.equal(null);
    });

    it('renders the canonical example from `evidence` the same way', async () => {
      const doc = await example();
      const fromData = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${doc}></fact-evidence-list>`);
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${doc.evidence}></fact-evidence-list>`);
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
      expect(visibleText(shadow(el).querySelector('[part="list"]')!)).to.equal(visibleText(shadow(fromData).querySelector('[part="list"]')!));
    });

    it('shows dates as the calendar days and months written, at their precision', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()}></fact-evidence-list>`);
      const times = items(el).map((li) => li.querySelector('time')!);
      expect(times.map((t) => visibleText(t))).to.deep.equal(['2020', 'September 2022', '2022', 'July 2022', 'November 28, 2024']);
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2020', '2022-09', '2022', '2022-07', '2024-11-28']);
    });

    it('shows the publisher and date together', async () => {
      const el = await fixture<FactEvidenceList>(
        html`<fact-evidence-list .evidence=${[{ title: 'A report', publisher: 'Reuters', date: '2022-09-13' }]}></fact-evidence-list>`,
      );
      expect(visibleText(shadow(el).querySelector('[part="meta"]')!)).to.equal('Reuters September 13, 2022');
    });

    it('prefers `evidence` over `data` when both are set', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${await example()} .evidence=${sources(2)}></fact-evidence-list>`);
      expect(titles(el)).to.deep.equal(['Source 1', 'Source 2']);
      el.evidence = undefined;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
    });

    it('shows `limit` sources of a long list, then all of them after a click', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(32)}></fact-evidence-list>`);
      expect(visibleText(heading(el))).to.equal('32 sources');
      expect(titles(el)).to.deep.equal(['Source 1', 'Source 2', 'Source 3', 'Source 4', 'Source 5']);
      expect(visibleText(toggle(el)!)).to.equal('Show all 32 sources');
      toggle(el)!.click();
      await el.updateComplete;
      expect(items(el).length).to.equal(32);
      expect(titles(el)[31]).to.equal('Source 32');
      expect(visibleText(toggle(el)!)).to.equal('Show fewer sources');
      toggle(el)!.click();
      await el.updateComplete;
      expect(items(el).length).to.equal(5);
      expect(visibleText(toggle(el)!)).to.equal('Show all 32 sources');
    });

    it('honours the `limit` attribute', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list limit="10" .evidence=${sources(30)}></fact-evidence-list>`);
      expect(items(el).length).to.equal(10);
      el.limit = 3;
      await el.updateComplete;
      expect(items(el).length).to.equal(3);
    });

    it('collapses only when that hides at least two sources', async () => {
      const six = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(6)}></fact-evidence-list>`);
      expect(items(six).length).to.equal(6);
      expect(markup(toggle(six))).to.equal(null);
      const seven = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(7)}></fact-evidence-list>`);
      expect(items(seven).length).to.equal(5);
      expect(visibleText(toggle(seven)!)).to.equal('Show all 7 sources');
    });

    it('renders nothing for an empty or unset list', async () => {
      for (const el of [
        await fixture<FactEvidenceList>(html`<fact-evidence-list></fact-evidence-list>`),
        await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${[]}></fact-evidence-list>`),
        await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${{ claim: { text: 'x' }, verdict: { label: 'False' } }}></fact-evidence-list>`),
      ]) {
        expect(shadow(el).childElementCount).to.equal(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('renders unsafe URLs as plain text, without a link', async () => {
      // A spy, not a stub: the Lit dev-warning guard behind console.warn stays in place.
      const warn = sinon.spy(console, 'warn');
      const evidence = [
        { title: 'Script link', url: 'javascript:alert(1)' },
        { title: 'Data link', url: 'data:text/html,<script>alert(1)</script>' },
        { title: 'Safe link', url: 'https://news.example/a' },
      ];
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${evidence}></fact-evidence-list>`);
      expect(titles(el)).to.deep.equal(['Script link', 'Data link', 'Safe link']);
      expect(markup(items(el)[0]!.querySelector('a'))).to.equal(null);
      expect(markup(items(el)[1]!.querySelector('a'))).to.equal(null);
      expect(items(el)[2]!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/a');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('evidence[0].url').and.contain('evidence[1].url');
    });

    it('writes only vetted links that open safely', async () => {
      const doc = await example();
      doc.evidence = [...sources(3), { title: 'Odd but fine', url: 'HTTPS://News.Example/path?q=<x>' }];
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${doc}></fact-evidence-list>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.length).to.equal(4);
      for (const a of links) {
        expect(safeUrl(a.getAttribute('href'))).to.equal(a.getAttribute('href'));
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
    });

    it('renders markup-looking strings as text', async () => {
      const evidence = [{ title: '<img src=x onerror=alert(1)>', publisher: '<b>Bold Media</b>', quote: '<script>alert(1)</script>' }];
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${evidence}></fact-evidence-list>`);
      expect(markup(shadow(el).querySelector('img, b, script'))).to.equal(null);
      expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(visibleText(shadow(el).querySelector('[part="meta"]')!)).to.equal('<b>Bold Media</b>');
      expect(visibleText(shadow(el).querySelector('[part="quote"]')!)).to.equal('<script>alert(1)</script>');
    });

    it('shows the error state naming the JSON path, and logs it once', async () => {
      const error = sinon.stub(console, 'error');
      const evidence = [{ title: 'Fine' }, { title: '' }] as Evidence[];
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${evidence}></fact-evidence-list>`);
      const state = shadow(el).querySelector('[part="error"]')!;
      expect(state.getAttribute('role')).to.equal('alert');
      expect(visibleText(state)).to.contain('This fact-check could not be shown.').and.contain('evidence[1].title');
      expect(markup(shadow(el).querySelector('[part="list"]'))).to.equal(null);
      el.limit = 2;
      el.requestUpdate();
      await el.updateComplete;
      el.evidence = evidence;
      await el.updateComplete;
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.contain('<fact-evidence-list>').and.contain('evidence[1].title');
      el.evidence = sources(2);
      await el.updateComplete;
      expect(markup(shadow(el).querySelector('[part="error"]'))).to.equal(null);
      expect(titles(el)).to.deep.equal(['Source 1', 'Source 2']);
    });

    it('shows the error state for an invalid `data` document', async () => {
      const error = sinon.stub(console, 'error');
      const data = { claim: { text: 'x' }, verdict: { label: 'False' }, evidence: [{ title: 'ok' }, { url: 'https://news.example' }] };
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .data=${data as unknown as FactCheck}></fact-evidence-list>`);
      expect(visibleText(shadow(el).querySelector('[part="error"]')!)).to.contain('evidence[1].title');
      el.requestUpdate();
      await el.updateComplete;
      expect(error.callCount).to.equal(1);
    });
  });

  describe('parts', () => {
    it('exposes its parts', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(8)}></fact-evidence-list>`);
      for (const part of ['heading', 'list', 'item', 'link', 'meta', 'stance', 'quote', 'toggle']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('takes stance colours from --fact-* tokens set once at the page root', async () => {
      document.documentElement.style.setProperty('--fact-stance-refutes', 'rgb(1, 2, 3)');
      try {
        const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(2)}></fact-evidence-list>`);
        const [supports, refutes] = [...shadow(el).querySelectorAll('[part="stance"]')];
        expect(getComputedStyle(refutes!).borderTopColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(supports!).borderTopColor).to.not.equal('rgb(1, 2, 3)');
      } finally {
        document.documentElement.style.removeProperty('--fact-stance-refutes');
      }
    });

    it('is a block that is its own size container', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(1)}></fact-evidence-list>`);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(el).containerType).to.equal('inline-size');
    });
  });

  describe('events', () => {
    it('fires fact-sources-toggle with the new state and the count on each click', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
      const listener = sinon.spy();
      document.addEventListener('fact-sources-toggle', listener);
      try {
        toggle(el)!.click();
        await el.updateComplete;
        toggle(el)!.click();
        await el.updateComplete;
      } finally {
        document.removeEventListener('fact-sources-toggle', listener);
      }
      expect(listener.callCount).to.equal(2);
      const [first, second] = listener.getCalls().map((c) => c.args[0] as CustomEvent);
      expect(first!.detail).to.deep.equal({ expanded: true, count: 30 });
      expect(second!.detail).to.deep.equal({ expanded: false, count: 30 });
      expect(first!.bubbles && first!.composed).to.equal(true);
    });

    it('does not fire fact-sources-toggle when properties change', async () => {
      const listener = sinon.spy();
      document.addEventListener('fact-sources-toggle', listener);
      try {
        const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
        el.evidence = sources(40);
        el.limit = 2;
        await el.updateComplete;
        el.data = await example();
        el.evidence = undefined;
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(EXAMPLE_TITLES.slice(0, 2));
      } finally {
        document.removeEventListener('fact-sources-toggle', listener);
      }
      expect(listener.callCount).to.equal(0);
    });

    it('toggles from the keyboard and keeps focus on the button', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
      const button = toggle(el)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el).length).to.equal(30);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(document.activeElement === el, 'focus is inside the element').to.equal(true);
      expect(shadow(el).activeElement === button, 'the toggle keeps focus').to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(items(el).length).to.equal(5);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement === button, 'the toggle keeps focus').to.equal(true);
      expect(toggle(el) === button, 'the toggle is the same button').to.equal(true);
    });

    it('keeps the button in view after collapsing from the bottom of a long list', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(30)}></fact-evidence-list>`);
      // Content after the list keeps the page long, so collapsing does not scroll it back up by itself.
      const rest = document.createElement('div');
      rest.style.blockSize = '4000px';
      el.after(rest);
      toggle(el)!.click();
      await el.updateComplete;
      toggle(el)!.scrollIntoView({ block: 'end' });
      toggle(el)!.click();
      await el.updateComplete;
      const rect = toggle(el)!.getBoundingClientRect();
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(window.innerHeight);
      window.scrollTo(0, 0);
    });

    it('fires fact-link when a source link is followed', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(2)}></fact-evidence-list>`);
      const stopNavigation = (event: Event) => event.preventDefault();
      const listener = sinon.spy();
      document.addEventListener('click', stopNavigation, { capture: true });
      document.addEventListener('fact-link', listener);
      try {
        shadow(el).querySelectorAll('a')[1]!.click();
      } finally {
        document.removeEventListener('click', stopNavigation, { capture: true });
        document.removeEventListener('fact-link', listener);
      }
      expect(listener.callCount).to.equal(1);
      expect((listener.firstCall.args[0] as CustomEvent).detail).to.deep.equal({ href: 'https://news.example/2', kind: 'evidence' });
    });
  });

  describe('numbers, domains and archived copies (issue 12)', () => {
    const meta = (li: Element) => seenText(li.querySelector('[part="meta"]')!);

    it('numbers the sources where a reader sees it, continuing past "Show all"', async () => {
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${sources(7)}></fact-evidence-list>`);
      const list = shadow(el).querySelector('[part="list"]')!;
      expect(list.localName).to.equal('ol');
      expect(getComputedStyle(list).listStyleType).to.equal('decimal');
      expect(items(el).map((li) => getComputedStyle(li).display)).to.deep.equal(Array(5).fill('list-item'));
      // The number sits in the gutter the list leaves at its start: it has room to show.
      expect(parseFloat(getComputedStyle(list).paddingInlineStart)).to.be.greaterThan(16);
      toggle(el)!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(7);
      expect(
        items(el).every((li) => li.parentElement === list),
        'one list, so the numbers run 1 to 7',
      ).to.equal(true);
    });

    it("names a source without a publisher by its link's domain, without www.", async () => {
      const el = await fixture<FactEvidenceList>(
        html`<fact-evidence-list
          .evidence=${[
            { title: 'A', url: 'https://www.reuters.com/world/a', date: '2022-09-13' },
            { title: 'B', url: 'https://apnews.com/b', publisher: 'Associated Press' },
            { title: 'C', url: 'https://sub.example.org:8443/c' },
            { title: 'D' },
          ]}
        ></fact-evidence-list>`,
      );
      const [a, b, c, d] = items(el);
      expect(meta(a!)).to.equal('reuters.com September 13, 2022');
      expect(meta(b!)).to.equal('Associated Press');
      expect(meta(c!)).to.equal('sub.example.org');
      expect(d!.querySelector('[part="meta"]'), 'no publisher, no link, no date: no line').to.equal(null);
      // The domain is not the document's text: it carries no lang of its own.
      expect(a!.querySelector('.publisher')!.hasAttribute('lang')).to.equal(false);
    });

    it('links an archived copy, through the URL gate, after the date', async () => {
      const archived = 'https://web.archive.org/web/20241128/https://news.example/1';
      const el = await fixture<FactEvidenceList>(
        html`<fact-evidence-list .evidence=${[{ title: 'A', url: 'https://news.example/1', publisher: 'News', date: '2024-11-28', archiveUrl: archived }]}></fact-evidence-list>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="archive-link"]')!;
      expect(link.href).to.equal(archived);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(seenText(link)).to.equal('Archived copy');
      expect(meta(items(el)[0]!)).to.equal('News November 28, 2024 Archived copy');
    });

    it('shows no archive link for an unsafe archiveUrl, even one handed over as if read', async () => {
      for (const archiveUrl of ['javascript:alert(1)', '/relative', 'data:text/html,x']) {
        const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${[{ title: 'A', archiveUrl }]}></fact-evidence-list>`);
        expect(shadow(el).querySelector('a'), archiveUrl).to.equal(null);
        expect(visibleText(shadow(el)), archiveUrl).not.to.include('Archived copy');
      }
    });

    it('reports following the archive link as fact-link', async () => {
      const archived = 'https://archive.ph/abcde';
      const el = await fixture<FactEvidenceList>(html`<fact-evidence-list .evidence=${[{ title: 'A', archiveUrl: archived }]}></fact-evidence-list>`);
      const listener = sinon.spy();
      const stopNavigation = (event: Event) => event.preventDefault();
      document.addEventListener('click', stopNavigation, { capture: true });
      document.addEventListener('fact-link', listener);
      try {
        shadow(el).querySelector<HTMLElement>('[part="archive-link"]')!.click();
      } finally {
        document.removeEventListener('click', stopNavigation, { capture: true });
        document.removeEventListener('fact-link', listener);
      }
      expect((listener.firstCall.args[0] as CustomEvent).detail).to.deep.equal({ href: archived, kind: 'evidence' });
    });
  });
});
