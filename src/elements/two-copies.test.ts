import { expect, fixture, html, shadow, visibleText } from '../test-support/index.js';
import { importSecondCopy } from '../test-support/second-copy.js';
import { mayNeedRatingScales, ratingFromLabel, registerRatingScale } from '../data/ratings/labels.js';
import { sharedRegistry } from '../data/registry.js';
import { en } from '../i18n/en.js';
import { messagesFor, registerMessages } from '../i18n/messages.js';
import { VERSION } from '../version.js';
import type { FactClaimCard } from './claim-card/claim-card.element.js';
import type { FactVerdictBadge } from './verdict-badge/verdict-badge.element.js';
import './claim-card/fact-claim-card.js';
import './verdict-badge/fact-verdict-badge.js';
import './evidence-list/fact-evidence-list.js';
import { libraryWarningsDuring } from '../test-support/capture.js';

type Labels = typeof import('../data/ratings/labels.js');
type Messages = typeof import('../i18n/messages.js');
type Registry = typeof import('../data/registry.js');

/** What the badge shows, label and the words before it. */
const badgeText = (el: FactVerdictBadge) => visibleText(shadow(el).querySelector('.badge')!);

describe('two copies of the library on one page', () => {
  let labels2: Labels;
  let messages2: Messages;
  let registry2: Registry;
  let warnings: string[];

  before(async () => {
    // The second copy brings all the elements and defines them, as a second bundle would.
    warnings = await libraryWarningsDuring(async () => {
      await importSecondCopy('/src/elements/verdict-badge/fact-verdict-badge.ts');
      await importSecondCopy('/src/elements/claim-card/fact-claim-card.ts');
      await importSecondCopy('/src/elements/evidence-list/fact-evidence-list.ts');
      labels2 = await importSecondCopy<Labels>('/src/data/ratings/labels.ts');
      messages2 = await importSecondCopy<Messages>('/src/i18n/messages.ts');
      registry2 = await importSecondCopy<Registry>('/src/data/registry.ts');
    });
  });

  afterEach(() => {
    // The page's English is everyone's; put back what a test changed.
    registerMessages('en', { verdictPrefix: en.verdictPrefix, claimHeading: en.claimHeading, sourcesHeading: en.sourcesHeading });
  });

  it('really are two copies, sharing one registry', () => {
    expect(labels2.registerRatingScale).to.not.equal(registerRatingScale);
    expect(registry2.sharedRegistry).to.not.equal(sharedRegistry);
    expect(registry2.sharedRegistry()).to.equal(sharedRegistry());
    expect(sharedRegistry().versions).to.deep.equal([VERSION, VERSION]);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('fact-verdict.registry')]).to.equal(sharedRegistry());
  });

  it('do not warn when both are the same version', () => {
    expect(warnings).to.deep.equal([]);
  });

  // First, before any badge with an unknown label asks the first copy to load them.
  it('share the built-in scales either copy loaded, when both are the same version', async () => {
    expect(mayNeedRatingScales('Falso')).to.equal(true);
    expect(ratingFromLabel('Falso')).to.equal(undefined);
    await labels2.loadRatingScales();
    expect(ratingFromLabel('Falso')).to.equal('false');
    // And the reader of labels by their words that came with them.
    expect(ratingFromLabel('totally_false')).to.equal('false');
    expect(mayNeedRatingScales('A label no scale has')).to.equal(false);
  });

  it("lets a scale registered through the second copy change the first copy's badges on screen", async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Wildly Off the Mark"></fact-verdict-badge>`);
    expect(el.rating).to.equal('unrated');
    labels2.registerRatingScale({ 'Wildly off the mark': 'false' });
    await el.updateComplete;
    expect(el.rating).to.equal('false');
    expect(el.getAttribute('rating')).to.equal('false');
    expect(ratingFromLabel('wildly off the mark')).to.equal('false');
  });

  it('lets a scale registered through the first copy reach the second', () => {
    registerRatingScale({ 'Upside Down': 'misleading' });
    expect(labels2.ratingFromLabel('upside down')).to.equal('misleading');
  });

  it('re-reads a claim card when a scale arrives through the other copy', async () => {
    const el = await fixture<FactClaimCard>(html`<fact-claim-card .claim=${{ text: 'A claim.' }} .verdict=${{ label: 'Not Even Close' }}></fact-claim-card>`);
    const badge = () => shadow(el).querySelector<FactVerdictBadge>('fact-verdict-badge')!;
    expect(badge().rating).to.equal('unrated');
    labels2.registerRatingScale({ 'Not even close': 'false' });
    await el.updateComplete;
    await badge().updateComplete;
    expect(badge().rating).to.equal('false');
  });

  for (const [through, register] of [
    ['first', (lang: string, messages: Parameters<typeof registerMessages>[1]) => registerMessages(lang, messages)],
    ['second', (lang: string, messages: Parameters<typeof registerMessages>[1]) => messages2.registerMessages(lang, messages)],
  ] as const) {
    it(`re-renders badges already on screen when messages are registered through the ${through} copy`, async () => {
      const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="False"></fact-verdict-badge>`);
      expect(badgeText(el)).to.equal('Verdict: False');
      register('en', { verdictPrefix: `Our verdict (${through}):` });
      await el.updateComplete;
      expect(badgeText(el)).to.equal(`Our verdict (${through}): False`);
    });
  }

  it('re-renders cards and list parts on screen when messages change', async () => {
    const card = await fixture<FactClaimCard>(html`<fact-claim-card .claim=${{ text: 'A claim.' }}></fact-claim-card>`);
    const list = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<fact-evidence-list .evidence=${[{ title: 'A source', url: 'https://example.org/a' }]}></fact-evidence-list>`,
    );
    messages2.registerMessages('en', { claimHeading: 'The claim', sourcesHeading: ({ count }) => `${count} pieces of evidence` });
    await card.updateComplete;
    await list.updateComplete;
    expect(shadow(card).querySelector('figure')!.getAttribute('aria-label')).to.equal('The claim');
    expect(visibleText(shadow(list))).to.include('1 pieces of evidence');
  });

  it("empties each copy's cache of resolved catalogues when the other registers", () => {
    expect(messagesFor('fr').claimHeading).to.equal('Claim');
    messages2.registerMessages('fr', { claimHeading: 'Affirmation' });
    expect(messagesFor('fr').claimHeading).to.equal('Affirmation');
    expect(messagesFor('fr-CA').claimHeading).to.equal('Affirmation');
  });

  it('brings a badge that was off the page up to date when it comes back', async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="Quite Wrong Indeed"></fact-verdict-badge>`);
    const parent = el.parentNode!;
    el.remove();
    labels2.registerRatingScale({ 'Quite wrong indeed': 'mostly-false' });
    parent.append(el);
    await el.updateComplete;
    expect(el.getAttribute('rating')).to.equal('mostly-false');
  });
});

describe('copies of different versions on one page', () => {
  /** A copy whose version.ts says `version`, as a copy built from another release would. */
  const ofVersion = (version: string) => (path: string, code: string) => {
    if (path !== '/src/version.ts') return code;
    const changed = code.replace(JSON.stringify(VERSION), JSON.stringify(version));
    if (changed === code) throw new Error(`version.ts no longer holds ${JSON.stringify(VERSION)} as written: ${code}`);
    return changed;
  };

  it('warn once for the whole page, and still share scales and messages', async () => {
    let older!: Labels;
    let olderMessages!: Messages;
    const warnings = await libraryWarningsDuring(async () => {
      await importSecondCopy('/src/elements/verdict-badge/fact-verdict-badge.ts', 'older', ofVersion('0.0.9-test'));
      await importSecondCopy('/src/elements/claim-card/fact-claim-card.ts', 'older');
      await importSecondCopy('/src/elements/evidence-list/fact-evidence-list.ts', 'older');
      await importSecondCopy('/src/elements/timeline/fact-timeline.ts', 'older');
      older = await importSecondCopy<Labels>('/src/data/ratings/labels.ts', 'older');
      olderMessages = await importSecondCopy<Messages>('/src/i18n/messages.ts', 'older');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^fact-verdict 0\.0\.9-test: <fact-[a-z-]+> is already defined by fact-verdict /);
    expect(warnings[0]).to.include(`fact-verdict ${VERSION}, another copy`);
    expect(sharedRegistry().versions).to.include('0.0.9-test');

    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="From The Older Copy"></fact-verdict-badge>`);
    older.registerRatingScale({ 'From the older copy': 'satire' });
    olderMessages.registerMessages('en', { verdictPrefix: 'Rated:' });
    await el.updateComplete;
    expect(el.rating).to.equal('satire');
    expect(badgeText(el)).to.equal('Rated: From The Older Copy');
    registerMessages('en', { verdictPrefix: en.verdictPrefix });
    // Its own built-in scales may differ from this version's, so it loads them itself.
    expect(older.mayNeedRatingScales('A label no scale has')).to.equal(true);
  });

  it('keep their registries apart when their formats differ, and say so once', async () => {
    const future = (path: string, code: string) => {
      if (path !== '/src/data/registry.ts') return code;
      const changed = code.replace(/\bFORMAT = 1\b/, 'FORMAT = 2');
      if (changed === code) throw new Error('registry.ts no longer declares FORMAT = 1');
      return changed;
    };
    let labels!: Labels;
    const warnings = await libraryWarningsDuring(async () => {
      labels = await importSecondCopy<Labels>('/src/data/ratings/labels.ts', 'future', future);
      await importSecondCopy('/src/i18n/messages.ts', 'future');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('cannot read');
    labels.registerRatingScale({ 'Only in the future copy': 'true' });
    expect(labels.ratingFromLabel('Only in the future copy')).to.equal('true');
    expect(ratingFromLabel('Only in the future copy')).to.equal(undefined);
  });
});
