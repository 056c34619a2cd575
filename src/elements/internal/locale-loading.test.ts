// Elements on screen while their language's catalogue loads: a badge shows English at once and
// re-renders in its language; <fact-verdict> is never `ready` (nor fires fact-load) in English while
// the catalogue is on its way, within its deadline; a chunk that cannot load leaves English and
// nothing waiting.
import { deepText, expect, fixture, html, loadExample, shadow, visibleText, waitUntil } from '../../test-support/index.js';
import type { Locale } from '../../i18n/locale.js';
import { localeLoaders } from '../../i18n/locale-loaders.js';
import { localeReady } from '../../i18n/locale-ready.js';
import type { FactVerdictBadge } from '../verdict-badge/verdict-badge.element.js';
import '../verdict-badge/fact-verdict-badge.js';
import type { FactVerdict } from '../verdict/verdict.element.js';
import '../verdict/fact-verdict.js';

/** The table is a plain object: a test may stand in for one language's chunk (each test page loads its own copy). */
const loaders = localeLoaders as Record<string, () => Promise<{ default: Locale }>>;

/** A stand-in chunk for `tag` that arrives when the test says so; `real` imports the catalogue itself. */
function heldBack(tag: string): { release: () => void; fail: () => void; real: () => Promise<{ default: Locale }> } {
  const real = loaders[tag]!;
  let release!: () => void;
  let fail!: () => void;
  loaders[tag] = () =>
    new Promise((resolve, reject) => {
      release = () => void real().then(resolve);
      fail = () => reject(new TypeError(`Failed to fetch dynamically imported module: locale-${tag}.min.js`));
    });
  return { release: () => release(), fail: () => fail(), real };
}

describe('a badge while its language loads', () => {
  it('re-renders a badge on screen in its language once the catalogue arrives', async () => {
    const { release, real } = heldBack('hy');
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge lang="hy" rating="false"></fact-verdict-badge>`);
    expect(visibleText(shadow(el)), 'English while it loads').to.include('False');
    release();
    const hy = (await real()).default.messages;
    await waitUntil(() => visibleText(shadow(el)).includes(hy.ratingName({ rating: 'false' })), 'the badge never spoke Armenian');
    expect(visibleText(shadow(el))).to.include(hy.verdictPrefix);
  });
});

describe('<fact-verdict> when its language cannot be loaded', () => {
  it('stays in English, and waits no more, when the chunk cannot be loaded', async () => {
    const { fail } = heldBack('ka');
    const data = await loadExample('fip-csto-putin-2024');
    const el = await fixture<FactVerdict>(html`<fact-verdict lang="ka" .data=${data}></fact-verdict>`);
    expect(el.state, 'waits for Georgian').to.equal('loading');
    fail();
    await waitUntil(() => el.state === 'ready', 'the embed was left loading');
    expect(deepText(shadow(el))).to.include('Where it appeared');
    expect(localeReady('ka'), 'a failed language is not retried on every render').to.equal(undefined);
  });
});

describe('<fact-verdict> while its language loads', () => {
  it('is not ready, and shows no English, until the catalogue arrives; then is ready in it', async () => {
    const { release, real } = heldBack('ko');
    const data = await loadExample('fip-csto-putin-2024');
    const loads: Event[] = [];
    const el = await fixture<FactVerdict>(html`<fact-verdict lang="ko" .data=${data} @fact-load=${(e: Event) => loads.push(e)}></fact-verdict>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.state).to.equal('loading');
    expect(loads, 'no fact-load before the words').to.have.length(0);
    const text = deepText(shadow(el));
    for (const english of ['Where it appeared', 'Loading', 'Fact-check by']) expect(text).not.to.include(english);
    release();
    await waitUntil(() => el.state === 'ready', 'never ready');
    const ko = (await real()).default.messages;
    await el.updateComplete;
    expect(loads).to.have.length(1);
    expect(deepText(shadow(el))).to.include(ko.appearedIn);
  });

  it('waits no longer than its timeout, then shows what it has', async () => {
    heldBack('sw');
    const data = await loadExample('fip-csto-putin-2024');
    const el = await fixture<FactVerdict>(html`<fact-verdict lang="sw" timeout="150" .data=${data}></fact-verdict>`);
    expect(el.state).to.equal('loading');
    await waitUntil(() => el.state === 'ready', 'waited past its deadline', { timeout: 2000 });
    expect(deepText(shadow(el))).to.include('Where it appeared');
  });
});
