// What the CDN bundle fetches for a page's language: the one catalogue it speaks, as one request
// beside the entry, and nothing for English. Each page runs in a frame of its own, as the real
// bundle from dist/ (scripts/test.mjs builds it).
import { expect, waitUntil } from '../../src/test-support/index.js';
import { cdnPage, idle } from './cdn-page.js';
import hy from '../../src/i18n/locales/hy.js';
import ru from '../../src/i18n/locales/ru.js';

const LOCALE_CHUNK = /^\/dist\/chunks\/locale-([\w-]+)\.min\.js$/;

/** A page in `lang` with the one script tag publishers add; `locales` names the catalogues it fetched. */
async function page(lang: string, body: string): Promise<{ view: Window; locales: () => string[]; remove: () => void }> {
  const { view, requested, remove } = await cdnPage(body, { lang });
  return { view, locales: () => requested().flatMap((path) => LOCALE_CHUNK.exec(path)?.[1] ?? []), remove };
}

const badgeText = (view: Window) => view.document.querySelector('fact-verdict-badge')!.shadowRoot!.textContent ?? '';

describe('the CDN bundle’s languages', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('loads only the Armenian chunk on an Armenian page, and the badge speaks Armenian', async () => {
    const { view, locales, remove } = await page('hy', '<p>Պնդումը <fact-verdict-badge rating="false"></fact-verdict-badge>։</p>');
    const armenian = hy.messages.ratingName({ rating: 'false' });
    await waitUntil(() => badgeText(view).includes(armenian), 'the badge never spoke Armenian', { timeout: 8000 });
    await idle(view);
    expect(locales()).to.deep.equal(['hy']);
    expect(badgeText(view)).to.include(hy.messages.verdictPrefix);
    remove();
  });

  it('loads no language on an English page', async () => {
    const { view, locales, remove } = await page('en', '<p>The claim is <fact-verdict-badge rating="false"></fact-verdict-badge>.</p>');
    await idle(view);
    expect(locales()).to.deep.equal([]);
    expect(badgeText(view)).to.include('False');
    remove();
  });

  it('loads the element’s own language, not the page’s, once for several elements', async () => {
    const badge = '<fact-verdict-badge lang="pt-BR" rating="true"></fact-verdict-badge>';
    const { view, locales, remove } = await page('en', badge + badge + badge);
    await idle(view);
    expect(locales()).to.deep.equal(['pt']);
    remove();
  });

  it('shows a Russian embed ready in Russian, its catalogue one request after the entry', async () => {
    const doc = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as unknown;
    const inline = `<fact-verdict><script type="application/json">${JSON.stringify(doc).replaceAll('</', '<\\/')}</script></fact-verdict>`;
    const { view, locales, remove } = await page('ru', inline);
    const el = view.document.querySelector('fact-verdict') as HTMLElement & { state: string };
    await waitUntil(() => el.state === 'ready', 'the embed never became ready', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.include(ru.messages.summaryHeading).and.include(ru.messages.factCheckKicker);
    expect(el.shadowRoot!.textContent).not.to.include('Fact-check');
    expect(locales()).to.deep.equal(['ru']);
    // The chunk imports nothing: a language is one request.
    const chunk = await (await fetch('/dist/chunks/locale-ru.min.js')).text();
    expect(chunk).not.to.match(/(?:^|[;}])\s*import\s*[\w$*{},\s]*(?:from\s*)?["']/);
    remove();
  });
});
