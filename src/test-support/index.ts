import './lit-warnings.js';
import './unhandled-rejections.js';

import { waitUntil } from '@open-wc/testing';

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

/** Every element in a tree, descending into shadow roots (links inside composed parts too). */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  return found;
}

/** The text a reader sees in an element and its shadow roots, whitespace folded. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) return walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return node.assignedNodes().forEach(walk);
    if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Loads one of the example documents served from `examples/`. */
export async function loadExample(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/examples/${name}.json`);
  return (await response.json()) as Record<string, unknown>;
}

/** What a sighted reader sees in one element: its text without visually hidden helper text. */
export function seenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach((n) => n.remove());
  return (clone.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:;])/g, '$1')
    .trim();
}

/**
 * Waits until an element that loads its data (`<fact-verdict>`) has left its loading state and
 * every element in its shadow tree has finished updating.
 */
export async function settled<T extends HTMLElement & { state?: string; updateComplete?: Promise<unknown> }>(el: T): Promise<T> {
  await waitUntil(() => el.state !== 'loading', 'the element never left the loading state', { timeout: 4000 });
  await el.updateComplete;
  for (const child of deepQueryAll<HTMLElement & { updateComplete?: Promise<unknown> }>(el.shadowRoot!, '*')) await child.updateComplete;
  return el;
}

/** Every element in the flat tree, in document order, shadow roots included (what a screen reader walks). */
export function flatElements(root: Node, out: Element[] = []): Element[] {
  for (const child of root.childNodes) {
    if (!(child instanceof Element)) continue;
    out.push(child);
    if (child.shadowRoot) flatElements(child.shadowRoot, out);
    flatElements(child, out);
  }
  return out;
}
