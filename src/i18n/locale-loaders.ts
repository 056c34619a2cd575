import type { Locale } from './locale.js';

/**
 * Every language the library ships a catalogue for (`locales/<tag>.ts`), by lower-case BCP 47 tag,
 * each behind its own dynamic `import()` so that a bundler makes it a chunk of its own and a page
 * downloads only the languages it speaks. English is not here: it is built in.
 *
 * `src/i18n/locales.test.ts` fails when a file has no loader or a loader no file. The CDN build
 * does not bundle this table: it gives each catalogue a predictable file name beside the entry,
 * `chunks/locale-<tag>.min.js`, and replaces the table with its list of tags (`rollup.config.mjs`),
 * which costs the entry less than 24 chunk names with content hashes.
 */
export const localeLoaders: Readonly<Record<string, () => Promise<{ default: Locale }>>> = {
  hy: () => import('./locales/hy.js'),
  ru: () => import('./locales/ru.js'),
  uk: () => import('./locales/uk.js'),
  ka: () => import('./locales/ka.js'),
  az: () => import('./locales/az.js'),
  tr: () => import('./locales/tr.js'),
  pl: () => import('./locales/pl.js'),
  nl: () => import('./locales/nl.js'),
  de: () => import('./locales/de.js'),
  it: () => import('./locales/it.js'),
  id: () => import('./locales/id.js'),
  sw: () => import('./locales/sw.js'),
  ar: () => import('./locales/ar.js'),
  fa: () => import('./locales/fa.js'),
  he: () => import('./locales/he.js'),
  hi: () => import('./locales/hi.js'),
  bn: () => import('./locales/bn.js'),
  es: () => import('./locales/es.js'),
  pt: () => import('./locales/pt.js'),
  fr: () => import('./locales/fr.js'),
  'zh-hans': () => import('./locales/zh-hans.js'),
  'zh-hant': () => import('./locales/zh-hant.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
};
