/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, crossing shadow
 * roots (a badge inside `<fact-verdict>` follows the article's `lang`), else the document's.
 *
 * It tests nodes by what they have (`getAttribute`, `nodeType`) rather than `instanceof Element` /
 * `ShadowRoot`, whose classes do
 * not exist under server rendering (`@lit-labs/ssr` gives elements a minimal DOM and no tree),
 * where an element's own `lang` is all there is.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // Elements by `getAttribute`: the server's elements have it but no `nodeType`.
    if (typeof (node as Element).getAttribute === 'function') {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return globalThis.document?.documentElement?.lang || 'en';
}
