// Every catalogue the library ships, held to English's shape: every key, of the same kind, every
// message a finished sentence in that language for any parameters, plurals chosen by the
// language's own rules, and a record of who reviewed it. Covers every catalogue in the loader table
// (test/locale-files.test.mjs holds the table and the files in `locales/` to each other).
import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { RATINGS } from '../data/ratings/rating.js';
import { en, type Catalogue } from './en.js';
import type { Locale } from './locale.js';
import { localeLoaders } from './locale-loaders.js';
import { formatCount } from './plural.js';

/** Parameters for every message, each a value English shows as it is, so a dropped placeholder shows. */
const SAMPLE = {
  name: 'Ana Petrosyan',
  names: 'Ana Petrosyan, Levon Sargsyan',
  date: '13.09.2022',
  role: 'Minister of Health',
  start: '01.05.2021',
  end: '09.05.2021',
  count: 7,
  step: 3,
  stance: 'supports',
  rating: 'false',
  kind: 'video',
  authenticity: 'missing-context',
} as const;

/** Parameters that choose among a message's words (a rating, a stance, a kind) rather than being shown as they are. */
const CHOOSERS = new Set(['stance', 'rating', 'kind', 'authenticity', 'count', 'step']);

/** The sample values English prints for `key` as they are (names, dates): a translation must print them too. */
function shownBy(key: keyof Catalogue): string[] {
  const message = en[key] as (p: typeof SAMPLE) => string;
  const text = message(SAMPLE);
  const shown = Object.entries(SAMPLE).filter(([name]) => !CHOOSERS.has(name));
  return shown.map(([, value]) => String(value)).filter((value) => text.includes(value));
}

const BROKEN = /undefined|NaN|\[object|[{}#]|^\s*$/;
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 1000];
const PLURAL_KEYS = ['sourcesHeading', 'showAllSources'] as const;

const tags = Object.keys(localeLoaders).sort();
const loaded = new Map<string, Locale>();

before(async () => {
  for (const tag of tags) loaded.set(tag, (await localeLoaders[tag]!()).default);
});

// A file without a loader is test/locale-files.test.mjs's to find (a browser cannot list a folder);
// a loader without a file fails in `before`.
describe('the loader table', () => {
  it('keys each loader by the lower-case tag its catalogue is for', () => {
    for (const tag of tags) {
      expect(tag).to.equal(tag.toLowerCase());
      expect(loaded.get(tag)!.lang, tag).to.equal(tag);
    }
  });

  it('ships the languages issue 11 asks for', () => {
    const asked = 'hy ru uk ka az ar fa he tr es pt fr de it pl nl hi bn id sw zh-hans zh-hant ja ko'.split(' ');
    expect(asked.filter((tag) => !tags.includes(tag))).to.deep.equal([]);
  });
});

for (const tag of tags) {
  describe(`the ${tag} catalogue`, () => {
    const locale = () => loaded.get(tag)!;
    const messages = () => locale().messages as unknown as Record<string, unknown>;

    it('records whether a native speaker reviewed it, and what a reviewer should check', () => {
      expect(locale().review.nativeSpeaker).to.be.a('boolean');
      expect(locale().review.note.trim().length).to.be.greaterThan(20);
    });

    it('has every English key, of the same kind, and nothing else', () => {
      const english = en as unknown as Record<string, unknown>;
      for (const key of Object.keys(en)) {
        expect(Object.hasOwn(messages(), key), `${tag} lacks ${key}`).to.equal(true);
        expect(typeof messages()[key], `${tag}.${key}`).to.equal(typeof english[key]);
      }
      expect(
        Object.keys(messages()).filter((key) => !Object.hasOwn(en, key)),
        'keys English does not have',
      ).to.deep.equal([]);
    });

    it('says every message in words, with no placeholder dropped or left raw', () => {
      for (const key of Object.keys(en) as (keyof Catalogue)[]) {
        const value = messages()[key];
        if (typeof value === 'string') {
          expect(value, `${tag}.${key}`).not.to.match(BROKEN);
          continue;
        }
        const text = (value as (p: typeof SAMPLE) => string)(SAMPLE);
        expect(text, `${tag}.${key}`).to.be.a('string').and.not.match(BROKEN);
        for (const shown of shownBy(key)) expect(text, `${tag}.${key} drops "${shown}"`).to.include(shown);
      }
    });

    it('names each of the nine ratings, each differently', () => {
      const names = RATINGS.map((rating) => locale().messages.ratingName({ rating }));
      for (const name of names) expect(name, `${tag} rating`).to.be.a('string').and.not.match(BROKEN);
      expect(new Set(names).size, names.join(' | ')).to.equal(RATINGS.length);
    });

    it('names each stance, each differently', () => {
      const names = (['supports', 'refutes', 'context'] as const).map((stance) => locale().messages.stanceName({ stance }));
      for (const name of names) expect(name).to.be.a('string').and.not.match(BROKEN);
      expect(new Set(names).size).to.equal(3);
    });

    it('picks a plural form by the language’s rules for every count', () => {
      const rules = new Intl.PluralRules(tag);
      for (const key of PLURAL_KEYS) {
        const message = locale().messages[key];
        // Within one plural category the words are the same; only the number changes.
        const byCategory = new Map<string, string>();
        for (const count of COUNTS) {
          const text = message({ count });
          expect(text, `${tag}.${key}(${count})`).to.be.a('string').and.not.match(BROKEN);
          const words = text.replaceAll(formatCount(tag, count), 'N');
          const category = rules.select(count);
          // "1 source" may be written without the digit (Arabic "مصدر واحد"); a number other than one is shown.
          if (category !== 'one' && category !== 'two' && category !== 'zero') {
            expect(text, `${tag}.${key}(${count}) shows the count`).to.include(formatCount(tag, count));
          }
          // 0 and 1 may have words of their own ("No sources", "One source") whatever their category.
          if (count < 2) continue;
          const seen = byCategory.get(category);
          if (seen === undefined) byCategory.set(category, words);
          else expect(words, `${tag}.${key}(${count}) in category ${category}`).to.equal(seen);
        }
      }
    });
  });
}
