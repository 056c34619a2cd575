import sinon from 'sinon';
import { aTimeout, deepText, expect, fixture, html, loadExample, oneEvent, settled, shadow, waitUntil } from '../../test-support/index.js';
import { readDocuments } from '../../data/read-documents.js';
import { readDocumentsSync } from '../../data/read-documents-sync.js';
import { NO_INPUT_GRACE } from './document-loader.js';
import { atHand, lazy, type VerdictImplementation } from './kit.js';
import { renderDocuments } from './roundup.view.js';
import { clearDocumentCache, MAX_DOCUMENT_BYTES } from './request.js';
import { FactVerdictBase } from './verdict.base.js';
import { verdictImplementation } from './verdict.core.js';
import { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

/**
 * The read path: every input ends in `ready` or `error`, whatever the network, the chunks or the
 * document do, with the publisher's fallback visible whenever the embed is not ready.
 */
let unique = 0;
const fresh = (path: string) => `${path}?read-path=${++unique}`;
const FALLBACK = html`<a href="https://factcheck.example/x">Fact check: the claim is False</a>`;

/** Whether the publisher's fallback link is rendered into the embed's box (slotted and laid out). */
function fallbackShown(el: HTMLElement): boolean {
  const slot = shadow(el).querySelector('slot');
  const link = el.querySelector('a');
  return !!slot && !!link && slot.assignedElements().includes(link) && link.getClientRects().length > 0;
}

/** A response whose body streams `chunks` strings, without a Content-Length. */
function streamed(chunks: string[], init: ResponseInit = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, init);
}

describe('<fact-verdict> read path', () => {
  let canonical: Record<string, unknown>;
  before(async () => {
    canonical = await loadExample('fip-csto-putin-2024');
  });
  afterEach(() => {
    sinon.restore();
    clearDocumentCache();
  });

  describe('synchronous reading', () => {
    it('renders data set before connection ready in its first update, with no loading frame', async () => {
      const el = document.createElement('fact-verdict');
      el.data = canonical;
      const states: string[] = [];
      const observer = new MutationObserver(() => states.push(el.getAttribute('state') ?? ''));
      observer.observe(el, { attributes: true, attributeFilter: ['state'] });
      document.body.append(el);
      await el.updateComplete;
      observer.disconnect();
      expect(el.state).to.equal('ready');
      expect(states).to.not.include('loading');
      expect(shadow(el).querySelector('.loading')).to.equal(null);
      el.remove();
    });

    it('reads a document once, however the data arrived', async () => {
      const read = sinon.spy(readDocumentsSync);
      customElements.define(
        'read-path-counting-verdict',
        class extends FactVerdict {
          static override implementation = atHand(verdictImplementation({ read, render: renderDocuments }));
        },
      );
      const el = document.createElement('read-path-counting-verdict') as FactVerdict;
      el.data = canonical;
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await settled(el);
      el.requestUpdate();
      el.layout = 'compact';
      await el.updateComplete;
      expect(read.callCount).to.equal(1);
    });
  });

  describe('src', () => {
    it('gives up on a server that never answers after `timeout`, shows the fallback, and retries', async () => {
      sinon.stub(console, 'error');
      const real = window.fetch.bind(window);
      const stub = sinon
        .stub(window, 'fetch')
        .callsFake(
          (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
        );
      const el = await fixture<FactVerdict>(
        html`<fact-verdict loading="eager" timeout="150" src=${fresh('/examples/fip-csto-putin-2024.json')}>${FALLBACK}</fact-verdict>`,
      );
      expect(el.state).to.equal('loading');
      expect(fallbackShown(el), 'fallback while loading').to.equal(true);
      const { detail } = await oneEvent(el, 'fact-error');
      expect(detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(deepText(el)).to.include('taking too long');
      expect(fallbackShown(el), 'fallback after the time-out').to.equal(true);
      // The hung request was aborted, not left running.
      expect(stub.firstCall.args[1]?.signal?.aborted).to.equal(true);
      stub.callsFake(real);
      el.timeout = 10_000; // The real answer may take longer than 150 ms on a busy machine.
      shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await oneEvent(el, 'fact-load');
      expect(el.state).to.equal('ready');
    });

    for (const [status, expected] of [
      [404, 'did not provide it'],
      [503, 'did not provide it'],
    ] as const) {
      it(`reports HTTP ${status} as the server's problem, not the reader's connection`, async () => {
        sinon.stub(console, 'error');
        sinon.stub(window, 'fetch').resolves(new Response('nope', { status }));
        const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh('/x.json')}>${FALLBACK}</fact-verdict>`);
        const { detail } = await oneEvent(el, 'fact-error');
        await el.updateComplete;
        expect(detail).to.include({ reason: 'http', status });
        expect(deepText(el)).to.include(expected);
        expect(deepText(el)).to.not.include('connection');
        expect(shadow(el).querySelector('[part="retry-button"]')).to.not.equal(null);
      });
    }

    it('blames the connection only when nothing answered', async () => {
      sinon.stub(console, 'error');
      sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh('/x.json')}></fact-verdict>`);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('network');
      await el.updateComplete;
      expect(deepText(el)).to.include('Check your connection');
    });

    it('refuses a document whose Content-Length is over the limit without reading it', async () => {
      sinon.stub(console, 'error');
      const response = new Response('{}', { headers: { 'content-length': String(MAX_DOCUMENT_BYTES + 1) } });
      const text = sinon.spy(response, 'text');
      sinon.stub(window, 'fetch').resolves(response);
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh('/big.json')}></fact-verdict>`);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('too-large');
      await el.updateComplete;
      expect(text.callCount).to.equal(0);
      expect(deepText(el)).to.include('too large');
      expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
    });

    it('stops reading a streamed body as soon as it passes the limit', async () => {
      sinon.stub(console, 'error');
      const megabyte = 'x'.repeat(1024 * 1024);
      sinon.stub(window, 'fetch').resolves(streamed(['{"claim":"', megabyte, megabyte, megabyte, '"}']));
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh('/streamed.json')}></fact-verdict>`);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('too-large');
    });

    it('reads a streamed body under the limit', async () => {
      const text = JSON.stringify(canonical);
      sinon.stub(window, 'fetch').resolves(streamed([text.slice(0, 100), text.slice(100)]));
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" src=${fresh('/streamed.json')}></fact-verdict>`);
      await oneEvent(el, 'fact-load');
      expect(el.state).to.equal('ready');
    });
  });

  describe('inline JSON', () => {
    it('says the inline JSON is not JSON, without blaming the network', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<FactVerdict>(html`<fact-verdict><script type="application/json">{ not json</script>${FALLBACK}</fact-verdict>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(deepText(el)).to.include('could not be read');
      expect(deepText(el)).to.not.include('connection');
      expect(fallbackShown(el)).to.equal(true);
    });

    it('reads an inline JSON child added after the element connected', async () => {
      const el = await fixture<FactVerdict>(html`<fact-verdict>${FALLBACK}</fact-verdict>`);
      expect(el.state).to.equal('loading');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(canonical);
      const load = oneEvent(el, 'fact-load');
      el.append(script);
      expect((await load).detail.source).to.equal('inline');
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(fallbackShown(el)).to.equal(false);
    });

    it('follows an inline JSON child whose text is replaced', async () => {
      const el = await settled(
        await fixture<FactVerdict>(html`<fact-verdict><script type="application/json">${JSON.stringify(canonical)}</script></fact-verdict>`),
      );
      const load = oneEvent(el, 'fact-load');
      el.querySelector('script')!.textContent = JSON.stringify({ ...canonical, headline: 'A newer headline' });
      await load;
      await settled(el);
      expect(deepText(el)).to.include('A newer headline');
    });
  });

  describe('no input', () => {
    it('ends in error once the page is parsed and the grace period has passed, and recovers when data comes', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<FactVerdict>(html`<fact-verdict>${FALLBACK}</fact-verdict>`);
      expect(el.state).to.equal('loading');
      const { detail } = await oneEvent(el, 'fact-error');
      expect(detail.reason).to.equal('invalid');
      expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['$']);
      await el.updateComplete;
      expect(fallbackShown(el)).to.equal(true);
      expect(error.callCount).to.equal(1);
      el.data = canonical;
      await settled(el);
      expect(el.state).to.equal('ready');
    });

    it('does not complain about a framework that sets data just after connecting', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<FactVerdict>(html`<fact-verdict></fact-verdict>`);
      await aTimeout(NO_INPUT_GRACE / 4);
      el.data = canonical;
      await settled(el);
      await aTimeout(NO_INPUT_GRACE);
      expect(el.state).to.equal('ready');
      expect(error.callCount).to.equal(0);
    });
  });

  describe('the implementation (the CDN build’s chunk)', () => {
    const tag = 'read-path-lazy-verdict';
    let attempts = 0;
    let failNext = 0;
    const implementation = lazy(async () => {
      attempts += 1;
      await aTimeout(5);
      if (failNext > 0) {
        failNext -= 1;
        throw new TypeError('Failed to fetch dynamically imported module: /dist/chunks/cdn-kit.min.js');
      }
      return verdictImplementation({ read: readDocuments, render: renderDocuments });
    });
    before(() => {
      customElements.define(
        tag,
        class extends FactVerdictBase {
          static override implementation = implementation;
        },
      );
    });

    /** A new element whose class loads its implementation through `load`, as the CDN class does. */
    const withImplementation = (name: string, load: () => Promise<VerdictImplementation>) => {
      const lazyTag = `${tag}-${name}`;
      customElements.define(
        lazyTag,
        class extends FactVerdictBase {
          static override implementation = lazy(load);
        },
      );
      return document.createElement(lazyTag) as FactVerdictBase;
    };

    it('shows a chunk that fails to load as an error, and loads it again on "Try again"', async () => {
      sinon.stub(console, 'error');
      failNext = 1;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as FactVerdictBase;
      el.data = canonical;
      el.innerHTML = '<a href="https://factcheck.example/x">Fact check</a>';
      wrapper.append(el);
      const { detail } = await oneEvent(el, 'fact-error');
      expect(detail.reason).to.equal('network');
      await el.updateComplete;
      expect(fallbackShown(el)).to.equal(true);
      const before = attempts;
      shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await oneEvent(el, 'fact-load');
      expect(attempts).to.equal(before + 1);
      expect(el.state).to.equal('ready');
    });

    it('keeps one box, with the fallback in place, from before the chunk arrives to the loading view', async () => {
      sinon
        .stub(window, 'fetch')
        .callsFake(
          (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
        );
      const el = withImplementation('box', async () => {
        await aTimeout(50);
        return verdictImplementation({ read: readDocuments, render: renderDocuments });
      });
      el.loading = 'eager';
      el.src = fresh('/x.json');
      el.innerHTML = '<a href="https://factcheck.example/x">Fact check: the claim is False</a>';
      (await fixture<HTMLElement>(html`<div style="width: 500px"></div>`)).append(el);
      await el.updateComplete;
      const box = () => {
        const host = el.getBoundingClientRect();
        const link = el.querySelector('a')!.getBoundingClientRect();
        return { height: host.height, linkTop: link.top - host.top, linkLeft: link.left - host.left };
      };
      // A boolean: on failure the reporter would try to serialise the element itself.
      expect(shadow(el).querySelector('[role="status"]') === null, 'still without its implementation').to.equal(true);
      const before = box();
      await waitUntil(() => shadow(el).querySelector('[role="status"]'), 'the loading view never showed');
      expect(box()).to.deep.equal(before);
      expect(before.linkTop).to.be.above(0);
    });

    it('times out again after "Try again" when the chunk still does not arrive', async () => {
      sinon.stub(console, 'error');
      const el = withImplementation('stuck', () => new Promise<VerdictImplementation>(() => undefined));
      el.timeout = 50;
      el.data = canonical;
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('timeout');
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('timeout');
      expect(el.state).to.equal('error');
    });

    it('attaches one implementation when a chunk that timed out arrives after "Try again"', async () => {
      sinon.stub(console, 'error');
      let arrive!: () => void;
      const el = withImplementation(
        'slow',
        () =>
          new Promise<VerdictImplementation>((resolve) => (arrive = () => resolve(verdictImplementation({ read: readDocuments, render: renderDocuments })))),
      );
      el.timeout = 50;
      el.data = canonical;
      const loads = sinon.spy();
      el.addEventListener('fact-load', loads);
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('timeout');
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      arrive();
      await oneEvent(el, 'fact-load');
      await aTimeout(100);
      expect(loads.callCount).to.equal(1);
      expect(el.state).to.equal('ready');
    });
  });

  describe('removal', () => {
    it('leaves nothing running when removed mid-fetch, and starts again when put back', async () => {
      let calls = 0;
      sinon.stub(window, 'fetch').callsFake((_input, init) => {
        calls += 1;
        return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      });
      const el = await fixture<FactVerdict>(html`<fact-verdict loading="eager" timeout="100" src=${fresh('/x.json')}></fact-verdict>`);
      const parent = el.parentElement!;
      el.remove();
      const errors = sinon.spy();
      el.addEventListener('fact-error', errors);
      await aTimeout(200);
      expect(errors.callCount, 'no time-out fires for a removed embed').to.equal(0);
      sinon.stub(console, 'error');
      parent.append(el);
      await waitUntil(() => calls === 2);
      expect((await oneEvent(el, 'fact-error')).detail.reason).to.equal('timeout');
    });
  });
});

describe('<fact-verdict> and the shared registry', () => {
  it('shows a newly registered rating label at once, without a loading frame or a second fact-load', async () => {
    const { registerRatingScale } = await import('../../data/ratings/labels.js');
    const label = `Verdict-${Date.now()}`;
    const doc = { claim: { text: 'A claim' }, verdict: { label } };
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${doc}></fact-verdict>`));
    const badge = () => shadow(shadow(el).querySelector('fact-claim-card')!).querySelector('fact-verdict-badge')!;
    expect(badge().getAttribute('rating')).to.equal('unrated');
    const loads = sinon.spy();
    el.addEventListener('fact-load', loads);
    const states: string[] = [];
    const observer = new MutationObserver(() => states.push(el.getAttribute('state') ?? ''));
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    registerRatingScale({ [label]: 'mostly-false' });
    await waitUntil(() => badge()?.getAttribute('rating') === 'mostly-false', 'the badge never showed the new rating');
    observer.disconnect();
    expect(states).to.not.include('loading');
    expect(loads.callCount).to.equal(0);
  });

  it('does not bring back the old document when labels change while a new src is loading', async () => {
    const { registerRatingScale } = await import('../../data/ratings/labels.js');
    let signal: AbortSignal | undefined;
    sinon.stub(window, 'fetch').callsFake((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => undefined);
    });
    const el = await settled(await fixture<FactVerdict>(html`<fact-verdict .data=${{ claim: { text: 'Old' }, verdict: { label: 'False' } }}></fact-verdict>`));
    el.data = undefined;
    el.loading = 'eager';
    el.src = fresh('/new.json');
    await waitUntil(() => signal !== undefined, 'the new src was never fetched');
    registerRatingScale({ [`Label-${Date.now()}`]: 'true' });
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(signal!.aborted, 'the new fetch keeps going').to.equal(false);
    expect(deepText(el)).to.not.include('Old');
  });
});
