/** The way a block of text runs. */
export type Direction = 'ltr' | 'rtl';

/**
 * Languages written right to left by default, and scripts that are (a tag may name its script:
 * `az-Arab`, `pa-Arab`). The fallback where `Intl.Locale` cannot say (no `textInfo`, or a tag it
 * rejects); a script subtag decides before the language does.
 */
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)$/;
const RTL_SCRIPT = /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa)$/;

/** The direction `lang` (BCP 47) is written in: `rtl` for Arabic, Persian, Hebrew, Urdu and the like. */
export function languageDirection(lang: string | undefined): Direction {
  if (!lang) return 'ltr';
  try {
    // Chromium and Safari: `getTextInfo()` (newer) or the `textInfo` getter (older).
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a tag Intl accepts (`en_GB`): the subtags below still may tell.
  }
  const [language = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => subtag.length === 4);
  if (script) return RTL_SCRIPT.test(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGE.test(language) ? 'rtl' : 'ltr';
}

/**
 * The direction an element's interface runs in. The page decides when it says so: the nearest
 * `dir="ltr"` or `dir="rtl"` on the element or an ancestor, crossing shadow roots (a `dir="auto"`
 * one counts as whatever the browser resolved it to). Otherwise the interface language decides
 * (`lang`, as `resolveLang` found it): a page that sets only `lang="ar"` gets a right-to-left embed.
 *
 * Like `resolveLang`, it walks by `nodeType` and never computes styles, so it runs under server
 * rendering, where the element's own attributes are all there is.
 */
export function resolveDirection(element: Element, lang: string): Direction {
  let node: Node | null = element;
  while (node) {
    // Elements by `getAttribute`: the server's elements have it but no `nodeType`.
    if (typeof (node as Element).getAttribute === 'function') {
      const dir = (node as Element).getAttribute('dir')?.toLowerCase();
      if (dir === 'ltr' || dir === 'rtl') return dir;
      if (dir === 'auto') {
        try {
          return (node as Element).matches(':dir(rtl)') ? 'rtl' : 'ltr';
        } catch {
          break; // No `:dir()` (or no `matches`, on the server): the language decides.
        }
      }
    }
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return languageDirection(lang);
}

/**
 * The attributes for text that comes from the document (a claim, a title, a name) rather than from
 * the interface: its own `lang` when it differs from the interface's, so screen readers read it
 * with the right rules (WCAG 3.1.2), and its own direction, from that language when it is known
 * and from its first strong character (`auto`) when it is not.
 */
export function textLang(documentLang: string | undefined, interfaceLang: string): { lang: string | undefined; dir: Direction | 'auto' } {
  const lang = documentLang && documentLang.toLowerCase() !== interfaceLang.toLowerCase() ? documentLang : undefined;
  return { lang, dir: documentLang ? languageDirection(documentLang) : 'auto' };
}
