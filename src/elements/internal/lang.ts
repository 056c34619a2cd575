/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, crossing shadow
 * roots (a badge inside `<fact-verdict>` follows the article's `lang`), else the document's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return globalThis.document?.documentElement?.lang || 'en';
}
