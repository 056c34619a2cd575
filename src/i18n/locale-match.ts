import { localeLoaders } from './locale-loaders.js';

/**
 * The shipped catalogue (a tag of `localeLoaders`) that a page's language reads best in, or
 * undefined for English and for languages the library does not ship. The tag itself first
 * (`zh-hant`), then its language with the script it is written in (`zh-TW` and `zh-HK` are
 * Traditional Chinese, `zh`, `zh-CN` and `zh-SG` Simplified, as `Intl.Locale#maximize` knows),
 * then its language alone (`pt-BR` and `pt-PT` read `pt`). A tag Intl rejects counts as English.
 *
 * English tags are answered without `Intl.Locale`: English is built in, whatever the region, and
 * the first `maximize` on a page loads the likely-subtag data (about 10 ms of an English page's
 * first render on a phone, for an answer that is always "English").
 */
export function shippedLocaleFor(lang: string): string | undefined {
  const tag = lang.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return undefined;
  try {
    const full = new Intl.Locale(tag).maximize();
    return [tag, `${full.language}-${full.script}`.toLowerCase(), full.language].find((candidate) => Object.hasOwn(localeLoaders, candidate));
  } catch {
    return undefined;
  }
}
