// The badge-only CDN file (dist/fact-verdict-badge.min.js, built by scripts/test.mjs) on pages a
// publisher writes: badges in running text and nothing of the embed. It draws them alone, in one
// request; a label English does not know brings its own scales chunk, a language its catalogue
// (the same files as the full entry's); a badge with a document, pressed, brings the full entry and
// the embed's kit and opens a ready embed. With both files on one page, the first tag wins quietly.
import { expect, waitUntil } from '../../src/test-support/index.js';
import { BADGE_FILE, cdnPage, ENTRY, idle } from './cdn-page.js';
import '../../src/test-support/unhandled-rejections.js';

type Badge = HTMLElement & { updateComplete: Promise<unknown>; rating: string };

/**
 * A page with the badge file (or the `scripts` given) and a console the test can read, for what
 * the files say there is what publishers see; once its badges have rendered.
 */
async function page(body: string, { lang = 'en', scripts = [BADGE_FILE] } = {}) {
  const listen = `<script>window.said = []; for (const level of ['warn', 'error']) { const original = console[level]; console[level] = (...args) => { window.said.push(level + ': ' + args.join(' ')); original.apply(console, args); }; }</script>`;
  const { view, requested, remove } = await cdnPage(body, { lang, scripts, head: listen, width: 800, height: 600 });
  const badges = [...view.document.querySelectorAll('fact-verdict-badge')] as Badge[];
  await Promise.all(badges.map((badge) => badge.updateComplete));
  return { view: view as Window & { said: string[] }, badges, requested, remove };
}

describe('the badge-only CDN file', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('draws badges in running text with nothing but itself, and defines no embed', async () => {
    const { view, badges, requested, remove } = await page(
      '<p>One claim is <fact-verdict-badge label="Pants on Fire!"></fact-verdict-badge>, another <fact-verdict-badge rating="mostly-true"></fact-verdict-badge>.</p>',
    );
    await idle(view);
    expect(requested().filter((path) => path.startsWith('/dist/'))).to.deep.equal([BADGE_FILE]);
    expect(view.customElements.get('fact-verdict')).to.equal(undefined);
    expect(badges.map((badge) => badge.getAttribute('rating'))).to.deep.equal(['false', 'mostly-true']);
    expect(badges.map((badge) => badge.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Verdict: Pants on Fire!',
      'Verdict: Mostly true',
    ]);
    // Drawn as the full entry draws it: the pill with its tone, not an unstyled span.
    const base = badges[0]!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(view.getComputedStyle(base).display).to.equal('inline-flex');
    expect(view.getComputedStyle(base).backgroundColor).to.equal('rgb(180, 35, 24)');
    expect(view.said).to.deep.equal([]);
    remove();
  });

  it('brings its own rating scales for a label English does not know, and the page’s language', async () => {
    const { view, badges, requested, remove } = await page('<p>Selon les vérificateurs, <fact-verdict-badge label="Faux"></fact-verdict-badge>.</p>', {
      lang: 'fr',
    });
    const badge = badges[0]!;
    await waitUntil(() => badge.getAttribute('rating') === 'false', 'the French label never found its rating', { timeout: 8000 });
    await waitUntil(() => !badge.shadowRoot!.textContent!.includes('Verdict:'), 'the French catalogue never arrived', { timeout: 8000 });
    const chunks = requested().filter((path) => path.startsWith('/dist/chunks/'));
    expect(chunks.some((path) => /^\/dist\/chunks\/badge\/scales-[\w-]+\.min\.js$/.test(path))).to.equal(true);
    expect(chunks).to.include('/dist/chunks/locale-fr.min.js');
    expect(requested()).to.not.include(ENTRY);
    expect(view.said).to.deep.equal([]);
    remove();
  });

  it('opens a ready embed when a badge with a document is pressed, bringing the full entry then', async () => {
    const { view, badges, requested, remove } = await page(
      '<p>The claim is <fact-verdict-badge label="False" src="/examples/fip-csto-putin-2024.json"></fact-verdict-badge>, the checkers found.</p>',
    );
    await idle(view);
    expect(requested().filter((path) => path.startsWith('/dist/'))).to.deep.equal([BADGE_FILE]);
    const badge = badges[0]!;
    const ownClass = view.customElements.get('fact-verdict-badge');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!.click();
    const popover = () => badge.shadowRoot!.querySelector<HTMLElement>('[popover]');
    await waitUntil(() => popover()?.matches(':popover-open'), 'the popover never opened', { timeout: 8000 });
    const embed = popover()!.querySelector('fact-verdict') as HTMLElement & { state: string };
    await waitUntil(() => embed.state === 'ready', 'the embed in the popover never became ready', { timeout: 8000 });
    const loaded = requested();
    expect(loaded).to.include(ENTRY);
    expect(loaded.some((path) => /^\/dist\/chunks\/badge\/badge-popover-/.test(path))).to.equal(true);
    expect(loaded.some((path) => /^\/dist\/chunks\/cdn-kit-/.test(path))).to.equal(true);
    // The badge tag stays the badge file's, in the sentence and in the embed's verdict row alike.
    expect(view.customElements.get('fact-verdict-badge') === ownClass).to.equal(true);
    expect(view.said).to.deep.equal([]);
    remove();
  });

  it('shares the page with the full entry: one badge tag, no warning, scales registered through either', async () => {
    // The full entry's module, as a page script reaches it, to register a scale through it.
    const handle = `data:text/javascript,${encodeURIComponent(`import * as entry from '${new URL(ENTRY, location.href).href}'; window.fullEntry = entry;`)}`;
    const { view, badges, remove } = await page('<p><fact-verdict-badge label="Totally Bogus"></fact-verdict-badge></p>', {
      scripts: [BADGE_FILE, ENTRY, handle],
    });
    const full = () => (view as unknown as { fullEntry?: { registerRatingScale: (scale: object) => void } }).fullEntry;
    await waitUntil(() => full() !== undefined && view.customElements.get('fact-verdict') !== undefined, 'the full entry never ran', { timeout: 8000 });
    expect(badges[0]!.getAttribute('rating')).to.equal('unrated');
    full()!.registerRatingScale({ 'Totally Bogus': 'false' });
    await waitUntil(() => badges[0]!.getAttribute('rating') === 'false', 'a scale registered through the full entry never reached the badge', {
      timeout: 8000,
    });
    expect(view.said).to.deep.equal([]);
    remove();
  });
});
