// The interface languages the playground offers: English, built in, and the 24 catalogues in
// src/i18n/locales/ (test/playground.test.mjs fails when this list and that folder part), written as
// a page writes `lang` (zh-Hans, not the file name zh-hans). fact-verdict/i18n exports no list of
// them: the CDN bundle loads a language's catalogue when an embed's `lang` asks for it, so setting
// the attribute is all the playground does.
export const LANGUAGES = [
  'en',
  'ar',
  'az',
  'bn',
  'de',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'hy',
  'id',
  'it',
  'ja',
  'ka',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'sw',
  'tr',
  'uk',
  'zh-Hans',
  'zh-Hant',
];

/**
 * A language's name in itself ("Deutsch"), for the picker; the tag when Intl does not know it.
 * Capitalized only in the scripts that have capitals for it (Georgian's Mtavruli is not one).
 */
export function autonym(tag) {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (!name) return tag;
    return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Armenian}]/u.test(name) ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : name;
  } catch {
    return tag;
  }
}
