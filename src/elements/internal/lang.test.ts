// Which language an element speaks, seen through what a rendered badge says: its own `lang`, else
// the nearest ancestor's (across shadow roots), else the document's, else English.
import { expect, fixture, html, shadow, visibleText } from '../../test-support/index.js';
import { loadMessages } from '../../i18n/locale-ready.js';
import { messagesFor } from '../../i18n/messages.js';
import '../verdict-badge/fact-verdict-badge.js';
import { resolveLang } from './lang.js';

const said = (el: Element) => visibleText(shadow(el));
/** The words the badge says for "false" in `lang`. */
const falseIn = (lang: string) => `${messagesFor(lang).verdictPrefix} ${messagesFor(lang).ratingName({ rating: 'false' })}`;

describe('the language an element speaks', () => {
  const documentLang = document.documentElement.lang;
  before(async () => {
    for (const lang of ['ru', 'fr', 'de', 'ja']) await loadMessages(lang);
    // The four catalogues differ here, or the tests below could not tell them apart.
    expect(new Set(['en', 'ru', 'fr', 'de', 'ja'].map(falseIn)).size).to.equal(5);
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('is its own `lang` first', async () => {
    const wrapper = await fixture(html`<div lang="fr"><fact-verdict-badge lang="ru" rating="false"></fact-verdict-badge></div>`);
    const badge = wrapper.querySelector('fact-verdict-badge')!;
    expect(resolveLang(badge)).to.equal('ru');
    expect(said(badge)).to.equal(falseIn('ru'));
  });

  it('is the nearest ancestor’s otherwise', async () => {
    const wrapper = await fixture(html`<div lang="fr"><p lang="de"><span><fact-verdict-badge rating="false"></fact-verdict-badge></span></p></div>`);
    expect(said(wrapper.querySelector('fact-verdict-badge')!)).to.equal(falseIn('de'));
  });

  it('crosses shadow roots to find it', async () => {
    const host = await fixture(html`<div lang="ja"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><fact-verdict-badge rating="false"></fact-verdict-badge></section>';
    const badge = root.querySelector('fact-verdict-badge')!;
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(resolveLang(badge)).to.equal('ja');
    expect(said(badge)).to.equal(falseIn('ja'));
  });

  it('is the document’s when no element on the way has one', async () => {
    document.documentElement.lang = 'ru';
    const badge = await fixture(html`<fact-verdict-badge rating="false"></fact-verdict-badge>`);
    expect(said(badge)).to.equal(falseIn('ru'));
  });

  it('is English when nothing says', async () => {
    document.documentElement.removeAttribute('lang');
    const badge = await fixture(html`<fact-verdict-badge rating="false"></fact-verdict-badge>`);
    expect(resolveLang(badge)).to.equal('en');
    expect(said(badge)).to.equal('Verdict: False');
  });
});
