import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { expect, fixture, html, seenText, shadow, visibleText, waitUntil } from '../../test-support/index.js';
import type { FactCheck, TimelineEvent } from '../../data/fact-check/schema.js';
import { safeUrl } from '../../data/safe-url.js';
import { FactTimeline } from './timeline.element.js';
import './fact-timeline.js';

const EXAMPLE_TITLES = [
  'The 44-day war in Nagorno-Karabakh',
  'Pashinyan proposes a CSTO observation mission on the Armenian-Azerbaijani border',
  'Azerbaijan attacks Armenia’s sovereign territory; Armenia asks the CSTO for military help',
  'Weeks later, CSTO Secretary General Stanislav Zas calls the incursion a “border incident”',
  'CSTO summit in Astana, boycotted by Pashinyan; Putin’s remarks',
];

/** A fresh copy of the canonical example each time, so no test sees another's mutations. */
async function example(): Promise<FactCheck> {
  return (await fetch('/examples/fip-csto-putin-2024.json')).json();
}

function manyEvents(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    date: `${2000 + i}`,
    title: `Event ${i + 1}`,
    url: `https://news.example/${i + 1}`,
    description: `What happened in ${2000 + i}.`,
    highlight: i === 3,
  }));
}

const events = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="event"]')];
const titles = (el: Element) => events(el).map((li) => seenText(li.querySelector('.title')!));
const dates = (el: Element) => events(el).map((li) => visibleText(li.querySelector('[part="date"]')!));
const scroller = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="scroller"]')!;
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

/** A timeline of `list` in a container `width` wide. */
function sized(width: string, list: TimelineEvent[], attributes: Record<string, string> = {}): Promise<FactTimeline> {
  return fixture<FactTimeline>(html`<fact-timeline .events=${list}></fact-timeline>`, {
    parentNode: within({ ...attributes, style: `inline-size: ${width}` }),
  });
}

/** A button placed just before `el`, to Tab from. */
function buttonBefore(el: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Before';
  el.before(button);
  return button;
}

describe('<fact-timeline>', () => {
  afterEach(() => sinon.restore());

  describe('accessibility', () => {
    before(async function () {
      // The first check loads axe-core (1.4 MB); on a busy machine that alone can outlast a test.
      this.timeout(30_000);
      await expect(await fixture(html`<fact-timeline></fact-timeline>`)).to.be.accessible();
    });

    it('has no axe violations for the canonical example, with its key event', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()}></fact-timeline>`);
      expect(shadow(el).querySelector('[part~="event-highlight"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the wide, scrolling layout', async () => {
      const el = await sized('700px', manyEvents(12));
      expect(scroller(el).scrollWidth).to.be.greaterThan(scroller(el).clientWidth);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the error state', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${[{ title: 'No date' }] as unknown as TimelineEvent[]}></fact-timeline>`);
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations right to left, and runs from the right', async () => {
      const el = await sized('700px', manyEvents(12), { dir: 'rtl', lang: 'ar' });
      await expect(el).to.be.accessible();
      const [first, second] = events(el);
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
      const narrow = await sized('300px', manyEvents(2), { dir: 'rtl' });
      const line = getComputedStyle(events(narrow)[0]!);
      expect(line.borderRightWidth).to.equal('2px');
      expect(line.borderLeftWidth).to.equal('0px');
    });

    it('is a heading and an ordered list, in a focusable region named by the heading', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()}></fact-timeline>`);
      expect(heading(el).localName).to.equal('h3');
      expect(visibleText(heading(el))).to.equal('Timeline');
      const region = scroller(el);
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      expect(shadow(el).getElementById(region.getAttribute('aria-labelledby')!) === heading(el), 'the region is named by the heading').to.equal(true);
      expect(region.querySelector('[part="list"]')!.localName).to.equal('ol');

      const h4 = await fixture<FactTimeline>(html`<fact-timeline heading-level="4" .events=${manyEvents(1)}></fact-timeline>`);
      expect(heading(h4).localName).to.equal('h4');
      const bogus = await fixture<FactTimeline>(html`<fact-timeline heading-level="1" .events=${manyEvents(1)}></fact-timeline>`);
      expect(heading(bogus).localName).to.equal('h3');
    });

    it('marks the key event in words, not by colour alone', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()}></fact-timeline>`);
      const marked = events(el).filter((li) => li.part.contains('event-highlight'));
      expect(marked.length).to.equal(1);
      expect(seenText(marked[0]!.querySelector('.title')!)).to.equal(EXAMPLE_TITLES[2]);
      const label = marked[0]!.querySelector('[part="key-event"]')!;
      expect(visibleText(label)).to.equal('Key event');
      // Shown, not only spoken.
      expect(markup(label.closest('.visually-hidden'))).to.equal(null);
      expect(label.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(shadow(el).querySelectorAll('[part="key-event"]').length).to.equal(1);
    });

    it('shows a visible outline when the scroller has keyboard focus', async () => {
      // A row that overflows: only a scroller that scrolls is a tab stop (issue 11).
      const el = await sized('700px', manyEvents(12));
      await waitUntil(() => scroller(el).getAttribute('role') === 'region', 'the overflowing row is a region');
      expect(getComputedStyle(scroller(el)).outlineStyle).to.equal('none');
      buttonBefore(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === scroller(el), 'the scroller has focus').to.equal(true);
      expect(getComputedStyle(scroller(el)).outlineStyle).to.equal('solid');
      expect(getComputedStyle(scroller(el)).outlineWidth).to.equal('2px');
    });
  });

  describe('properties', () => {
    it('renders the canonical example from `data`, in document order', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()}></fact-timeline>`);
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
      expect(visibleText(events(el)[1]!.querySelector('[part="description"]')!)).to.equal('The organization does not respond.');
    });

    it('renders the canonical example from `events` the same way', async () => {
      const doc = await example();
      const fromData = await fixture<FactTimeline>(html`<fact-timeline .data=${doc}></fact-timeline>`);
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${doc.timeline}></fact-timeline>`);
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
      expect(visibleText(shadow(el).querySelector('[part="list"]')!)).to.equal(visibleText(shadow(fromData).querySelector('[part="list"]')!));
    });

    it('shows dates as the calendar days and months written, at their precision', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()}></fact-timeline>`);
      expect(dates(el)).to.deep.equal(['2020', 'July 2022', 'September 2022', '2022', 'November 28, 2024']);
      const datetimes = events(el).map((li) => li.querySelector('time')!.getAttribute('datetime'));
      expect(datetimes).to.deep.equal(['2020', '2022-07', '2022-09', '2022', '2024-11-28']);
    });

    it('shows a period as the language writes a range, each end in its own <time>', async () => {
      const periods: TimelineEvent[] = [
        { date: '2022-09-13', endDate: '2022-09-14', title: 'Two days of fighting' },
        { date: '2020-09', endDate: '2020-11', title: 'The 44-day war' },
        { date: '2020', endDate: '2022-09-13', title: 'Ends of different precision' },
      ];
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${periods}></fact-timeline>`);
      // What both ends share is written once (Intl's formatRange); ends of different precision are joined by `dateRange`.
      expect(dates(el)).to.deep.equal(['September 13 – 14, 2022', 'September – November 2020', '2020 – September 13, 2022']);
      const times = [...events(el)[0]!.querySelectorAll('time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2022-09-13', '2022-09-14']);
      expect(times.map((t) => visibleText(t))).to.deep.equal(['13', '14']);
      expect([...events(el)[2]!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2020', '2022-09-13']);
    });

    it('shows the start alone when the end date is unreadable', async () => {
      const warn = sinon.spy(console, 'warn');
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${[{ date: '2022-09', endDate: '2022-13', title: 'x' }]}></fact-timeline>`);
      expect(dates(el)).to.deep.equal(['September 2022']);
      expect(String(warn.firstCall.args[0])).to.contain('timeline[0].endDate');
    });

    it('prefers `events` over `data` when both are set', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${await example()} .events=${manyEvents(2)}></fact-timeline>`);
      expect(titles(el)).to.deep.equal(['Event 1', 'Event 2']);
      el.events = undefined;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
    });

    it('renders nothing for an empty or unset timeline', async () => {
      for (const el of [
        await fixture<FactTimeline>(html`<fact-timeline></fact-timeline>`),
        await fixture<FactTimeline>(html`<fact-timeline .events=${[]}></fact-timeline>`),
        await fixture<FactTimeline>(html`<fact-timeline .data=${{ claim: { text: 'x' }, verdict: { label: 'False' } }}></fact-timeline>`),
      ]) {
        expect(shadow(el).childElementCount).to.equal(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('renders unsafe URLs as plain text, without a link', async () => {
      // A spy, not a stub: the Lit dev-warning guard behind console.warn stays in place.
      const warn = sinon.spy(console, 'warn');
      const list = [
        { date: '2020', title: 'Script link', url: 'javascript:alert(1)' },
        { date: '2021', title: 'Data link', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
        { date: '2022', title: 'Safe link', url: 'https://news.example/a' },
      ];
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${list}></fact-timeline>`);
      expect(titles(el)).to.deep.equal(['Script link', 'Data link', 'Safe link']);
      expect(markup(events(el)[0]!.querySelector('a'))).to.equal(null);
      expect(markup(events(el)[1]!.querySelector('a'))).to.equal(null);
      expect(events(el)[2]!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/a');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('timeline[0].url').and.contain('timeline[1].url');
    });

    it('writes only vetted links that open safely', async () => {
      const doc = await example();
      doc.timeline = [...manyEvents(3), { date: '2023', title: 'Odd but fine', url: 'HTTPS://News.Example/path?q=<x>' }];
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${doc}></fact-timeline>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.length).to.equal(4);
      for (const a of links) {
        expect(safeUrl(a.getAttribute('href'))).to.equal(a.getAttribute('href'));
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
    });

    it('renders markup-looking strings as text', async () => {
      const list = [{ date: '2020', title: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script><b>bold</b>' }];
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${list}></fact-timeline>`);
      expect(markup(shadow(el).querySelector('img, b, script'))).to.equal(null);
      expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(visibleText(shadow(el).querySelector('[part="description"]')!)).to.equal('<script>alert(1)</script><b>bold</b>');
    });

    it('shows the error state naming the JSON path, and logs it once', async () => {
      const error = sinon.stub(console, 'error');
      const list = [{ date: '2020', title: 'Fine' }, { date: '2021' }] as TimelineEvent[];
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${list}></fact-timeline>`);
      const state = shadow(el).querySelector('[part="error"]')!;
      expect(state.getAttribute('role')).to.equal('alert');
      expect(visibleText(state)).to.contain('This fact-check could not be shown.').and.contain('timeline[1].title');
      expect(markup(shadow(el).querySelector('[part="list"]'))).to.equal(null);
      el.headingLevel = 2;
      el.requestUpdate();
      await el.updateComplete;
      el.events = list;
      await el.updateComplete;
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.contain('<fact-timeline>').and.contain('timeline[1].title');
      el.events = manyEvents(2);
      await el.updateComplete;
      expect(markup(shadow(el).querySelector('[part="error"]'))).to.equal(null);
      expect(titles(el)).to.deep.equal(['Event 1', 'Event 2']);
    });

    it('shows the error state for an invalid `data` document', async () => {
      const error = sinon.stub(console, 'error');
      const data = {
        claim: { text: 'x' },
        verdict: { label: 'False' },
        timeline: [
          { date: '2020', title: 'ok' },
          { date: 'soon', title: 'x' },
        ],
      };
      const el = await fixture<FactTimeline>(html`<fact-timeline .data=${data as unknown as FactCheck}></fact-timeline>`);
      expect(visibleText(shadow(el).querySelector('[part="error"]')!)).to.contain('timeline[1].date');
      el.requestUpdate();
      await el.updateComplete;
      expect(error.callCount).to.equal(1);
    });

    it('lays out by its own width: a vertical list when narrow', async () => {
      const el = await sized('300px', manyEvents(4));
      const list = shadow(el).querySelector('[part="list"]')!;
      expect(getComputedStyle(list).flexDirection).to.equal('column');
      expect(getComputedStyle(scroller(el)).overflowX).to.equal('visible');
      const [first, second] = events(el);
      expect(second!.getBoundingClientRect().top).to.be.at.least(first!.getBoundingClientRect().bottom);
    });

    it('lays out by its own width: a row that scrolls sideways when wide', async () => {
      const el = await sized('700px', manyEvents(12));
      const list = shadow(el).querySelector('[part="list"]')!;
      expect(getComputedStyle(list).flexDirection).to.equal('row');
      expect(getComputedStyle(scroller(el)).overflowX).to.equal('auto');
      const [first, second] = events(el);
      expect(second!.getBoundingClientRect().left).to.be.at.least(first!.getBoundingClientRect().right);
      expect(second!.getBoundingClientRect().top).to.equal(first!.getBoundingClientRect().top);
      // The page itself does not scroll sideways: the overflow stays inside the scroller.
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });
  });

  describe('parts', () => {
    it('exposes its parts', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${manyEvents(5)}></fact-timeline>`);
      for (const part of ['heading', 'scroller', 'list', 'event', 'event-highlight', 'date', 'key-event', 'link', 'description']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(events(el)[3]!.getAttribute('part')).to.equal('event event-highlight');
      expect(events(el)[0]!.getAttribute('part')).to.equal('event');
    });

    it('marks the key event with the shared accent token set once at the page root', async () => {
      document.documentElement.style.setProperty('--fact-accent-color', 'rgb(1, 2, 3)');
      try {
        const el = await fixture<FactTimeline>(html`<fact-timeline .events=${manyEvents(5)}></fact-timeline>`);
        expect(getComputedStyle(shadow(el).querySelector('[part="key-event"]')!).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(events(el)[3]!, '::before').backgroundColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(events(el)[0]!, '::before').backgroundColor).to.not.equal('rgb(1, 2, 3)');
      } finally {
        document.documentElement.style.removeProperty('--fact-accent-color');
      }
    });

    it('is a block that is its own size container', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${manyEvents(1)}></fact-timeline>`);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(el).containerType).to.equal('inline-size');
    });
  });

  describe('events', () => {
    it('scrolls sideways with the arrow keys once the scroller has focus', async function () {
      const el = await sized('700px', manyEvents(12));
      const region = scroller(el);
      expect(region.scrollLeft).to.equal(0);
      region.focus();
      expect(shadow(el).activeElement === region, 'the scroller has focus').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      try {
        await waitUntil(() => region.scrollLeft > 0, 'ArrowRight did not scroll the timeline', { timeout: 2000 });
      } catch (error) {
        // Chromium animates keyboard scrolling, and a test page left in the background (several
        // files share one browser) gets no animation frames: nothing can scroll there. Run with
        // --disable-smooth-scrolling, or the file alone, to see it.
        if (document.visibilityState === 'hidden') this.skip();
        throw error;
      }
      expect(window.scrollX).to.equal(0);
    });

    it('fires fact-link when an event link is followed', async () => {
      const el = await fixture<FactTimeline>(html`<fact-timeline .events=${manyEvents(2)}></fact-timeline>`);
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
      const event = listener.firstCall.args[0] as CustomEvent;
      expect(event.detail).to.deep.equal({ href: 'https://news.example/2', kind: 'timeline' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires no event when properties change', async () => {
      const listener = sinon.spy();
      for (const name of ['fact-link', 'fact-sources-toggle', 'fact-load', 'fact-error']) document.addEventListener(name, listener);
      try {
        const el = await fixture<FactTimeline>(html`<fact-timeline .events=${manyEvents(2)}></fact-timeline>`);
        el.events = manyEvents(3);
        el.headingLevel = 2;
        await el.updateComplete;
        el.data = await example();
        el.events = undefined;
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(EXAMPLE_TITLES);
      } finally {
        for (const name of ['fact-link', 'fact-sources-toggle', 'fact-load', 'fact-error']) document.removeEventListener(name, listener);
      }
      expect(listener.callCount).to.equal(0);
    });
  });
});
