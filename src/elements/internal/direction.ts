/** The way a block of text runs. */
export type Direction = 'ltr' | 'rtl';

/**
 * Languages written right to left by default, and scripts that are (a tag may name its script:
 * `az-Arab`, `pa-Arab`; a script subtag decides before the language does). A list rather than
 * `Intl.Locale`'s text info, which Firefox lacks and which would cost every page's entry file more
 * than the list: these are the right-to-left languages CLDR knows.
 */
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)$/;
const RTL_SCRIPT = /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa)$/;

/** The direction `lang` (BCP 47) is written in: `rtl` for Arabic, Persian, Hebrew, Urdu and the like. */
export function languageDirection(lang: string | undefined): Direction {
  const [language = '', ...rest] = (lang ?? '').toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => subtag.length === 4);
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(language)) ? 'rtl' : 'ltr';
}

/**
 * The direction an element's interface runs in. The page decides when it says so: the nearest
 * `dir="ltr"` or `dir="rtl"` on the element or an ancestor, crossing shadow roots (the nearest
 * `dir="auto"` stops the walk: it leaves direction to the text). Otherwise the interface language decides
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
      // `auto` leaves it to the text; for the interface, the language decides.
      if (dir === 'auto') break;
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
