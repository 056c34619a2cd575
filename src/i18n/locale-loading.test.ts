import '../test-support/unhandled-rejections.js';
// Languages load on demand: which shipped catalogue a page's language reads, that asking for one
// starts its import and announces its arrival, and that publishers' strings still win.
// (src/elements/internal/locale-loading.test.ts: elements on screen while a language loads.)
import { expect } from '@open-wc/testing';
import { onRegistryChange } from '../data/registry.js';
import { registerMessages } from './catalogue.js';
import type { Locale } from './locale.js';
import { localeLoaders } from './locale-loaders.js';
import { shippedLocaleFor } from './locale-match.js';
import { loadMessages, localeReady } from './locale-ready.js';
import { messagesFor } from './messages.js';

/** The table is a plain object: a test may stand in for one language's chunk (each test page loads its own copy). */
const loaders = localeLoaders as Record<string, () => Promise<{ default: Locale }>>;

describe('which shipped catalogue a language reads', () => {
  const cases: [string, string | undefined][] = [
    ['ru', 'ru'],
    ['RU', 'ru'],
    ['hy-AM', 'hy'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['zh', 'zh-hans'],
    ['zh-CN', 'zh-hans'],
    ['zh-SG', 'zh-hans'],
    ['zh-Hans-HK', 'zh-hans'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-MO', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['ar-EG', 'ar'],
    ['en', undefined],
    ['en-GB', undefined],
    ['cs', undefined],
    ['', undefined],
    ['not a tag!', undefined],
  ];
  for (const [lang, expected] of cases) {
    it(`reads "${lang}" as ${expected ?? 'English'}`, () => {
      expect(shippedLocaleFor(lang)).to.equal(expected);
    });
  }
});

describe('loading a language on demand', () => {
  it('starts the import the first time a language is asked for, and says so when it arrives', async () => {
    const changes: string[] = [];
    const stop = onRegistryChange((change) => changes.push(change));
    try {
      expect(messagesFor('uk').claimHeading, 'English until the catalogue is here').to.equal('Claim');
      const pending = localeReady('uk');
      expect(pending instanceof Promise, 'on its way').to.equal(true);
      await pending;
      expect(changes).to.include('messages');
      const uk = (await loaders['uk']!()).default;
      expect(uk.messages.claimHeading).not.to.equal('Claim');
      expect(messagesFor('uk').claimHeading).to.equal(uk.messages.claimHeading);
      expect(messagesFor('uk-UA').claimHeading, 'a regional tag reads its language').to.equal(uk.messages.claimHeading);
      expect(localeReady('uk'), 'nothing more to wait for').to.equal(undefined);
    } finally {
      stop();
    }
  });

  it('gives zh-TW Traditional Chinese and zh-CN Simplified', async () => {
    await loadMessages('zh-TW');
    await loadMessages('zh-CN');
    const hant = (await loaders['zh-hant']!()).default.messages;
    const hans = (await loaders['zh-hans']!()).default.messages;
    expect(messagesFor('zh-TW').claimHeading).to.equal(hant.claimHeading);
    expect(messagesFor('zh-CN').claimHeading).to.equal(hans.claimHeading);
    expect(messagesFor('zh').sourcesHeading({ count: 3 })).to.equal(hans.sourcesHeading({ count: 3 }));
  });

  it('waits for nothing in English or in a language it does not ship', async () => {
    expect(localeReady('en')).to.equal(undefined);
    expect(localeReady('cs')).to.equal(undefined);
    await loadMessages('cs');
    expect(messagesFor('cs').claimHeading).to.equal('Claim');
  });

  it('keeps what a publisher registered above the shipped strings, registered before or after', async () => {
    registerMessages('de', { claimHeading: 'Die Behauptung' });
    await loadMessages('de');
    const de = (await loaders['de']!()).default.messages;
    expect(messagesFor('de').claimHeading, 'registered before').to.equal('Die Behauptung');
    expect(messagesFor('de').appearedIn, 'the rest shipped').to.equal(de.appearedIn);
    registerMessages('de-AT', { appearedIn: 'Wo es auftauchte' });
    expect(messagesFor('de-AT').appearedIn, 'registered after, for a region').to.equal('Wo es auftauchte');
    expect(messagesFor('de-AT').claimHeading, 'its language’s registration').to.equal('Die Behauptung');
    expect(messagesFor('de-AT').summaryHeading, 'the shipped catalogue beneath').to.equal(de.summaryHeading);
  });
});
