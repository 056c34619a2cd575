import './lit-warnings.js';

export { expect, fixture, html, elementUpdated, oneEvent, aTimeout, waitUntil, nextFrame } from '@open-wc/testing';

/** The shadow root of a rendered element, typed, for queries in tests. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The text a reader sees in an element's shadow tree, whitespace folded. */
export function visibleText(root: ParentNode): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}
