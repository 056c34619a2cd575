import sinon from 'sinon';
import {
  aTimeout,
  deepQueryAll,
  deepText,
  expect,
  fixture,
  html,
  loadExample,
  oneEvent,
  seenText,
  shadow,
  waitUntil,
  settled,
} from '../../test-support/index.js';
import { safeUrl } from '../../data/safe-url.js';
import { FactVerdict } from './verdict.element.js';
import { clearDocumentCache } from './request.js';
import './fact-verdict.js';

const CANONICAL = '/examples/fip-csto-putin-2024.json';
let unique = 0;
/** A URL no other test has fetched, so the shared request cache cannot answer for it. */
const fresh = (path = CANONICAL) => `${path}?test=${++unique}`;

/** A fetch stub whose responses the test releases by hand, in any order. */
function controllableFetch() {
  const pending = new Map<string, { resolve: (r: Response) => void; signal?: AbortSignal | null }>();
  const real = window.fetch.bind(window);
  const stub = sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    return new Promise<Response>((resolve, reject) => {
      pending.set(url, { resolve, signal: init?.signal });
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  return {
    stub,
    pending,
    async release(urlPart: string, body: unknown, status = 200) {
      const [url, entry] = [...pending].find(([u]) => u.includes(urlPart))!;
      pending.delete(url);
      entry.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
      await aTimeout(0);
    },
    real,
  };
}

describe('<fact-verdict>', () => {
  let canonical: Record<string, unknown>;
  before(async () => {
    canonical = await loadExample('fip-csto-putin-2024');
  });
  afterEach(() => {
    sinon.restore();
    clearDocumentCache();
  });

  describe('accessibility', () => {
    it('has no axe violations when showing the canonical fact-check', async () => {
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${canonical}></fact-verdict>`));
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the compact layout, dark theme, loading and error states', async () => {
      const compact = await settled(await fixture<FactVerdict>(html`<fact-verdict layout="compact" .data=${canonical}></fact-verdict>`));
      await expect(compact).to.be.accessible();
      const dark = await settled(await fixture<FactVerdict>(html`<fact-verdict theme="dark" .data=${canonical}></fact-verdict>`));
      await expect(dark).to.be.accessible();
      const loading = await fixture<FactVerdict>(html`<fact-verdict loading="lazy" src="/never-fetched.json" style="margin-top: 20000px"></fact-verdict>`);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      sinon.stub(console, 'error');
      const invalid = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${{ claim: {} }}></fact-verdict>`));
      await expect(invalid).to.be.accessible();
      const failed = await settled(
        await fixture<FactVerdict>(
          html`<fact-verdict loading="eager" src=${fresh('/examples/missing.json')}><a href="https://example.org/fc">Fact check: False</a></fact-verdict>`,
        ),
      );
      expect(failed.state).to.equal('error');
      await expect(failed).to.be.accessible();
    });

    it('names the loading state for assistive technology and marks the box busy', async () => {
      const el = await fixture<FactVerdict>(html`<fact-verdict src="/never.json" style="margin-top: 20000px"></fact-verdict>`);
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
      expect(deepText(el)).to.equal('Loading fact-check…');
    });
  });

  describe('rendering', () => {
    it('shows the claim, claimant, verdict, why, evidence, timeline and publisher', async () => {
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${canonical}></fact-verdict>`));
      const text = deepText(el);
      expect(text).to.include('Did Armenia expect the CSTO to fight in Nagorno-Karabakh in 2020?');
      expect(text).to.include('So it’s kind of strange to expect the CSTO to fight on the territory of this enclave.');
      expect(text).to.include('Vladimir Putin');
      expect(text).to.include('Verdict: False');
      expect(text).to.include('Armenia never officially asked the CSTO');
      expect(text).to.include('Fact-check by Fact Investigation Platform');
      expect(deepQueryAll(el.shadowRoot!, 'fact-evidence-list')).to.have.length(1);
      expect(deepQueryAll(el.shadowRoot!, 'fact-timeline')).to.have.length(1);
      // Partial dates stay partial, and a date-only value is that day west of UTC too.
      expect(text).to.include('July 2022');
      expect(text).to.include('September 2022');
      expect(text).to.include('November 28, 2024');
      expect(text).not.to.include('November 27, 2024');
    });

    it('shows attribution: logo, authors, dates, corrections and the full fact-check link', async () => {
      const doc = {
        ...canonical,
        url: 'https://factcheck.example/csto',
        publisher: { name: 'Example Desk', url: 'https://factcheck.example', logo: 'https://factcheck.example/logo.png' },
        authors: [{ name: 'Ana Petrosyan', url: 'https://factcheck.example/ana' }, { name: 'Li Wei' }, { name: 'Sam Okafor' }],
        datePublished: '2024-11-29',
        dateModified: '2024-12-02',
        corrections: [{ date: '2024-12-02', text: 'An earlier version misdated the Astana summit.' }],
      };
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${doc}></fact-verdict>`));
      const attribution = shadow(el).querySelector('[part="attribution"]')!;
      const text = seenText(attribution);
      expect(text).to.include('Fact-check by Example Desk');
      expect(text).to.include('By Ana Petrosyan, Li Wei, and Sam Okafor');
      expect(text).to.include('Published November 29, 2024');
      expect(text).to.include('Updated December 2, 2024');
      expect(text).to.include('December 2, 2024: An earlier version misdated the Astana summit.');
      expect(attribution.querySelector<HTMLAnchorElement>('.authors a')!.href).to.equal('https://factcheck.example/ana');
      const logo = shadow(el).querySelector<HTMLImageElement>('[part="publisher-logo"]')!;
      expect(logo.getAttribute('src')).to.equal('https://factcheck.example/logo.png');
      expect(logo.alt).to.equal('');
      const full = shadow(el).querySelector<HTMLAnchorElement>('a[part="full-link"]')!;
      expect(full.href).to.equal('https://factcheck.example/csto');
      expect(full.textContent).to.include('Read the full fact-check');
    });

    it('shows only claim, badge, why and the link in the compact layout', async () => {
      const el = await settled(
        await fixture<FactVerdict>(html`<fact-verdict layout="compact" .data=${{ ...canonical, url: 'https://factcheck.example/csto' }}></fact-verdict>`),
      );
      expect(deepQueryAll(el.shadowRoot!, 'fact-evidence-list')).to.have.length(0);
      expect(deepQueryAll(el.shadowRoot!, 'fact-timeline')).to.have.length(0);
      const text = deepText(el);
      expect(text).to.include('Verdict: False');
      expect(text).to.include('Armenia never officially asked the CSTO');
      expect(text).to.include('Read the full fact-check');
      expect(text).not.to.include('Remarks to journalists after the CSTO summit');
      // A re-render hands the claim card the same claim, so it is not read or drawn again.
      const card = shadow(el).querySelector('fact-claim-card') as HTMLElement & { claim: unknown };
      const claim = card.claim;
      el.requestUpdate();
      await el.updateComplete;
      expect(card.claim === claim, 'the same claim object').to.equal(true);
    });

    it('renders every string as text and every link through the URL gate', async () => {
      const doc = {
        claim: { text: '<img src=x onerror=alert(1)>', claimant: { name: '<b>Bold</b>', url: 'javascript:alert(1)' } },
        verdict: { label: '<script>alert(1)</script>', summary: '<a href="javascript:alert(1)">click</a>' },
        evidence: [
          { title: 'Safe', url: 'https://example.org/a' },
          { title: 'Unsafe', url: 'JaVaScRiPt:alert(1)' },
        ],
        publisher: { name: 'Desk', url: 'data:text/html,hi', logo: 'javascript:alert(1)' },
        url: 'vbscript:msgbox(1)',
      };
      sinon.stub(console, 'warn');
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${doc}></fact-verdict>`));
      expect(deepQueryAll(el.shadowRoot!, 'img, script, b')).to.have.length(0);
      expect(deepText(el)).to.include('<img src=x onerror=alert(1)>');
      const links = deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, 'a[href]');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a']);
      for (const a of links) {
        expect(safeUrl(a.getAttribute('href'))).to.equal(a.getAttribute('href'));
        expect(a.rel).to.equal('noopener noreferrer');
      }
    });

    it('uses the nearest ancestor’s language for dates', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><fact-verdict .data=${canonical}></fact-verdict></div>`);
      const el = await settled(wrapper.querySelector('fact-verdict')!);
      expect(deepText(el)).to.include('juillet 2022');
    });
  });

  describe('data paths', () => {
    it('renders from the data property', async () => {
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${canonical}></fact-verdict>`));
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('renders from an inline JSON child, read once, without script glue', async () => {
      const el = await settled(
        await fixture<FactVerdict>(html`<fact-verdict><script type="application/json">${JSON.stringify(canonical)}</script></fact-verdict>`),
      );
      expect(el.state).to.equal('ready');
      expect(deepText(el)).to.include('Vladimir Putin');
    });

    it('fetches src without credentials and renders it', async () => {
      const spy = sinon.spy(window, 'fetch');
      const src = fresh();
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${src}></fact-verdict>`));
      expect(el.state).to.equal('ready');
      expect(spy.callCount).to.equal(1);
      expect(spy.firstCall.args[1]!.credentials).to.equal('omit');
      expect(String(spy.firstCall.args[0])).to.equal(new URL(src, location.href).href);
    });

    it('fetches a src shared by several embeds once', async () => {
      const spy = sinon.spy(window, 'fetch');
      const src = fresh();
      const wrapper = await fixture<HTMLElement>(html`<div>
        <fact-verdict loading="eager" src=${src}></fact-verdict>
        <fact-verdict loading="eager" src=${src}></fact-verdict>
        <fact-verdict loading="eager" src=${src}></fact-verdict>
      </div>`);
      for (const el of wrapper.querySelectorAll('fact-verdict')) expect((await settled(el)).state).to.equal('ready');
      expect(spy.callCount).to.equal(1);
    });

    it('waits with a lazy src until the embed nears the viewport', async () => {
      const spy = sinon.spy(window, 'fetch');
      const src = fresh();
      const wrapper = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto">
        <div style="height: 5000px"></div>
        <fact-verdict src=${src}></fact-verdict>
      </div>`);
      const el = wrapper.querySelector('fact-verdict')!;
      await aTimeout(100);
      expect(spy.callCount).to.equal(0);
      expect(el.state).to.equal('loading');
      wrapper.scrollTop = 4800;
      await settled(el);
      expect(spy.callCount).to.equal(1);
      expect(el.state).to.equal('ready');
    });

    it('never shows a late response for an older src', async () => {
      const net = controllableFetch();
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/first.json"></fact-verdict>`);
      el.src = '/second.json';
      await el.updateComplete;
      await waitUntil(() => net.pending.size >= 1 && [...net.pending.keys()].some((u) => u.includes('second')));
      await net.release('second', { ...canonical, headline: 'Second' });
      await settled(el);
      expect(deepText(el)).to.include('Second');
      // The first request was aborted when src changed; even if its answer arrived, it is ignored.
      expect([...net.pending.keys()].some((u) => u.includes('first'))).to.equal(true);
      const firstSignal = [...net.pending].find(([u]) => u.includes('first'))![1].signal!;
      expect(firstSignal.aborted).to.equal(true);
      await aTimeout(20);
      expect(deepText(el)).to.include('Second');
    });

    it('aborts its fetch when removed from the page', async () => {
      const net = controllableFetch();
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/slow.json"></fact-verdict>`);
      await waitUntil(() => net.pending.size === 1);
      const [, entry] = [...net.pending][0]!;
      el.remove();
      expect(entry.signal!.aborted).to.equal(true);
    });

    it('prefers the data property over src', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh()} .data=${canonical}></fact-verdict>`));
      expect(el.state).to.equal('ready');
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('fallback content', () => {
    it('shows the fallback before the element upgrades and hides it once it renders', async () => {
      const tag = 'fact-verdict-upgrade-test';
      const wrapper = await fixture<HTMLElement>(
        html`<div><fact-verdict-upgrade-test><a href="https://factcheck.example/csto">Fact check: Putin’s claim is False</a></fact-verdict-upgrade-test></div>`,
      );
      const link = wrapper.querySelector('a')!;
      expect(link.getClientRects().length).to.be.greaterThan(0);
      (class extends FactVerdict {}).define(tag);
      const el = wrapper.querySelector(tag) as FactVerdict;
      el.data = canonical;
      await settled(el);
      expect(link.getClientRects().length).to.equal(0);
    });

    it('shows the fallback again under the error message when loading fails', async () => {
      sinon.stub(console, 'error');
      const el = await settled(
        await fixture<FactVerdict>(
          html`<fact-verdict loading="eager" src=${fresh('/examples/missing.json')}><a href="https://factcheck.example/x">Fact check: False</a></fact-verdict>`,
        ),
      );
      expect(el.state).to.equal('error');
      expect(el.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
    });
  });

  describe('errors', () => {
    it('names an invalid document’s problems by path, logs once, and fires fact-error', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<FactVerdict>(html`<fact-verdict></fact-verdict>`);
      const event = oneEvent(el, 'fact-error');
      el.data = { claim: { text: 'x' }, verdict: { label: 'False' }, evidence: [{ title: 'ok' }, { url: 'https://example.org' }] };
      const { detail } = await event;
      await settled(el);
      expect(el.state).to.equal('error');
      expect(detail.reason).to.equal('invalid');
      expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['evidence[1].title']);
      expect(deepText(el)).to.include('This fact-check could not be shown.');
      expect(deepText(el)).to.include('evidence[1].title');
      el.requestUpdate();
      await el.updateComplete;
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.include('evidence[1].title: is required');
    });

    it('reports a failed src as an HTTP error with a retry control that works by keyboard', async () => {
      sinon.stub(console, 'error');
      const net = controllableFetch();
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/flaky.json"></fact-verdict>`);
      const errorEvent = oneEvent(el, 'fact-error');
      await waitUntil(() => net.pending.size === 1);
      await net.release('flaky', 'Service Unavailable', 503);
      const { detail } = await errorEvent;
      expect(detail).to.include({ reason: 'http', status: 503 });
      await el.updateComplete;
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      expect(retry.textContent).to.equal('Try again');
      const retryEvent = oneEvent(el, 'fact-retry');
      retry.focus();
      retry.click();
      expect((await retryEvent).detail).to.deep.equal({ src: '/flaky.json' });
      await waitUntil(() => net.pending.size === 1);
      const load = oneEvent(el, 'fact-load');
      await net.release('flaky', canonical);
      expect((await load).detail.source).to.equal('src');
      expect(el.state).to.equal('ready');
    });

    it('reports a response that is not JSON', async () => {
      sinon.stub(console, 'error');
      const net = controllableFetch();
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="/html.json"></fact-verdict>`);
      const errorEvent = oneEvent(el, 'fact-error');
      await waitUntil(() => net.pending.size === 1);
      await net.release('html', '<!doctype html><p>Not found</p>');
      expect((await errorEvent).detail.reason).to.equal('parse');
    });

    it('refuses a javascript: src without fetching it', async () => {
      sinon.stub(console, 'error');
      const spy = sinon.spy(window, 'fetch');
      const el = await settled(await fixture<FactVerdict>(html`<fact-verdict loading="eager" src="javascript:alert(1)"></fact-verdict>`));
      expect(el.state).to.equal('error');
      expect(spy.callCount).to.equal(0);
    });

    it('keeps a broken embed from affecting its neighbour', async () => {
      sinon.stub(console, 'error');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <fact-verdict .data=${{ nonsense: true }}></fact-verdict>
        <fact-verdict .data=${canonical}></fact-verdict>
      </div>`);
      const [broken, fine] = [...wrapper.querySelectorAll('fact-verdict')];
      expect((await settled(broken!)).state).to.equal('error');
      expect((await settled(fine!)).state).to.equal('ready');
    });
  });

  describe('events', () => {
    it('fires fact-load once per document, asynchronously, for every path', async () => {
      const el = document.createElement('fact-verdict');
      const loads: CustomEvent[] = [];
      document.addEventListener('fact-load', (e) => loads.push(e), { once: false });
      el.data = canonical;
      document.body.append(el);
      expect(loads).to.have.length(0);
      await settled(el);
      await aTimeout(0);
      expect(loads.filter((e) => e.target === el)).to.have.length(1);
      const [event] = loads.filter((e) => e.target === el);
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(event!.detail.source).to.equal('property');
      el.requestUpdate();
      await el.updateComplete;
      expect(loads.filter((e) => e.target === el)).to.have.length(1);
      el.remove();
    });

    it('reports reader clicks on links as fact-link', async () => {
      const el = await settled(
        await fixture<FactVerdict>(html`<fact-verdict .data=${{ ...canonical, url: 'https://factcheck.example/csto' }}></fact-verdict>`),
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part="full-link"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      const event = oneEvent(el, 'fact-link');
      link.click();
      expect((await event).detail).to.deep.equal({ href: 'https://factcheck.example/csto', kind: 'fact-check' });
    });
  });

  describe('theme and layout', () => {
    const surface = (el: FactVerdict) => getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor;

    it('follows the page’s color-scheme in auto, and forces light or dark', async () => {
      const lightPage = await fixture<HTMLElement>(html`<div style="color-scheme: light"><fact-verdict .data=${canonical}></fact-verdict></div>`);
      expect(surface(await settled(lightPage.querySelector('fact-verdict')!))).to.equal('rgb(255, 255, 255)');
      const darkPage = await fixture<HTMLElement>(html`<div style="color-scheme: dark"><fact-verdict .data=${canonical}></fact-verdict></div>`);
      expect(surface(await settled(darkPage.querySelector('fact-verdict')!))).to.equal('rgb(27, 29, 33)');
      const forced = await fixture<HTMLElement>(html`<div style="color-scheme: dark"><fact-verdict theme="light" .data=${canonical}></fact-verdict></div>`);
      expect(surface(await settled(forced.querySelector('fact-verdict')!))).to.equal('rgb(255, 255, 255)');
    });

    it('tightens when its container is narrow, whatever the viewport', async () => {
      const padding = (el: FactVerdict) => getComputedStyle(shadow(el).querySelector('[part~="base"]')!).paddingTop;
      const wide = await fixture<HTMLElement>(html`<div style="width: 640px"><fact-verdict .data=${canonical}></fact-verdict></div>`);
      const narrow = await fixture<HTMLElement>(html`<div style="width: 300px"><fact-verdict .data=${canonical}></fact-verdict></div>`);
      const a = padding(await settled(wide.querySelector('fact-verdict')!));
      const b = padding(await settled(narrow.querySelector('fact-verdict')!));
      expect(parseFloat(b)).to.be.lessThan(parseFloat(a));
    });

    it('reads theme tokens set once at the page root', async () => {
      document.documentElement.style.setProperty('--fact-surface-color', 'rgb(250, 240, 230)');
      try {
        const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${canonical}></fact-verdict>`));
        expect(surface(el)).to.equal('rgb(250, 240, 230)');
      } finally {
        document.documentElement.style.removeProperty('--fact-surface-color');
      }
    });
  });
});
