/**
 * Keeps a keyboard reader's place through "Try again". The button they pressed disappears as the
 * embed loads again, and focus would fall to the page's `<body>`: the reader would have to find
 * their way back from the top. Instead, while the embed re-renders, focus stays in it: on the
 * loading box, then on the headline (or the article) once it is ready, or on the new "Try again"
 * button if it fails again. Both retry paths use it: the element's own (its chunk could not be
 * loaded) and the loader's (the document could not be).
 */

/** Embeds whose reader pressed "Try again" from inside them, until they settle. */
const restoring = new WeakSet<HTMLElement>();

/** Call when the reader asks to try again: their focus is followed only if it was in the embed. */
export function keepFocusOnRetry(host: HTMLElement): void {
  if (host.matches(':focus-within')) restoring.add(host);
}

/**
 * Call after each render: if focus fell out of the embed while it re-rendered, puts it back, on
 * the new content. A reader who moved focus elsewhere meanwhile keeps it there.
 */
export function restoreFocusAfterRetry(host: HTMLElement, settled: boolean): void {
  if (!restoring.has(host)) return;
  if (settled) restoring.delete(host);
  if (host.matches(':focus-within')) return;
  const active = host.ownerDocument.activeElement;
  if (active && active !== host.ownerDocument.body) {
    restoring.delete(host);
    return;
  }
  const root = host.shadowRoot;
  const target =
    root?.querySelector<HTMLElement>('[part~="retry-button"]') ??
    root?.querySelector<HTMLElement>('[part~="headline"]') ??
    root?.querySelector<HTMLElement>('[part~="base"]');
  if (!target) return;
  // A heading or a box is focusable from script only; it stays out of the tab order.
  if (target.localName !== 'button' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
