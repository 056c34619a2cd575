/**
 * What the CDN parity test compares: a signature of everything a reader sees in one scene (per
 * element, the computed styles that draw it and its rendered text), taken by walking whatever DOM
 * is there through every open shadow root, so it does not depend on any element's structure.
 * It works across frames: nothing here uses `instanceof` or the test page's own window.
 */

/** The computed styles that draw an element: its box, borders, colours, type and layout. */
export const STYLE_PROPERTIES = [
  'display',
  'position',
  'visibility',
  'box-sizing',
  'width',
  'height',
  'overflow-x',
  'overflow-y',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'float',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'color',
  'background-color',
  'background-image',
  'opacity',
  'color-scheme',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'text-underline-offset',
  'white-space-collapse',
  'text-wrap-mode',
  'overflow-wrap',
  'list-style-type',
  'flex-direction',
  'flex-wrap',
  'align-items',
  'justify-content',
  'gap',
  'grid-template-columns',
  'clip-path',
  'clip',
  'cursor',
] as const;

/** Pseudo-elements that draw rules and separators (the timeline's line, the sources' dots). */
const PSEUDO_ELEMENTS = ['::before', '::after', '::marker'] as const;

export interface ElementSignature {
  /** Where the element is: tag names with their index among element siblings, `#shadow` at each shadow root. */
  path: string;
  styles: Record<string, string>;
  /** Styles of each pseudo-element that has content. */
  pseudo: Record<string, Record<string, string>>;
  /** The element's rendered text (innerText); whitespace-folded when the element is not rendered. */
  text: string;
}

/** Every element under `root`, in tree order, through every open shadow root (slotted nodes stay where they are in the light tree). */
export function walkElements(root: Element | ShadowRoot, visit: (el: Element, path: string) => void, path = ''): void {
  let index = 0;
  for (const el of Array.from(root.children)) {
    const here = `${path}${path ? ' > ' : ''}${el.localName}[${index++}]`;
    visit(el, here);
    if (el.shadowRoot) walkElements(el.shadowRoot, visit, `${here} > #shadow`);
    walkElements(el, visit, here);
  }
}

/** Every element under `root`, through open shadow roots. */
export function allElements(root: Element): Element[] {
  const found: Element[] = [];
  walkElements(root, (el) => found.push(el));
  return found;
}

function pick(style: CSSStyleDeclaration): Record<string, string> {
  const out: Record<string, string> = {};
  for (const property of STYLE_PROPERTIES) out[property] = style.getPropertyValue(property);
  return out;
}

/** The signature of every element in a scene's section. */
export function signature(section: Element): ElementSignature[] {
  const view = section.ownerDocument.defaultView!;
  const out: ElementSignature[] = [];
  walkElements(section, (el, path) => {
    const styles = pick(view.getComputedStyle(el));
    const pseudo: Record<string, Record<string, string>> = {};
    for (const name of PSEUDO_ELEMENTS) {
      const style = view.getComputedStyle(el, name);
      const content = style.getPropertyValue('content');
      const drawn = name === '::marker' ? styles['display'] === 'list-item' : content !== 'none' && content !== 'normal';
      if (drawn) pseudo[name] = { content, ...pick(style) };
    }
    const rendered = el.getClientRects().length > 0;
    const inner = (el as HTMLElement).innerText ?? el.textContent ?? '';
    out.push({ path, styles, pseudo, text: rendered ? inner : inner.replace(/\s+/g, ' ').trim() });
  });
  return out;
}

/** One difference between two signatures, in words. */
export interface Difference {
  path: string;
  what: string;
}

/** Where two texts first differ, as a short excerpt of each. */
function textDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 30));
  return `text differs at character ${i}: ${excerpt(a)} vs ${excerpt(b)}`;
}

/** Every difference between the `expected` (modules) and `actual` (CDN) signatures of one scene, in tree order. */
export function compareSignatures(expected: ElementSignature[], actual: ElementSignature[]): Difference[] {
  const differences: Difference[] = [];
  const byPath = new Map(actual.map((s) => [s.path, s]));
  const seen = new Set<string>();
  for (const want of expected) {
    const got = byPath.get(want.path);
    if (!got) {
      differences.push({ path: want.path, what: 'missing from the CDN build' });
      continue;
    }
    seen.add(want.path);
    for (const [property, value] of Object.entries(want.styles)) {
      if (got.styles[property] !== value) differences.push({ path: want.path, what: `${property}: ${value} vs ${got.styles[property]}` });
    }
    for (const name of new Set([...Object.keys(want.pseudo), ...Object.keys(got.pseudo)])) {
      const [w, g] = [want.pseudo[name] ?? {}, got.pseudo[name] ?? {}];
      for (const property of new Set([...Object.keys(w), ...Object.keys(g)])) {
        if (w[property] !== g[property])
          differences.push({ path: `${want.path}${name}`, what: `${property}: ${w[property] ?? '(none)'} vs ${g[property] ?? '(none)'}` });
      }
    }
    if (want.text !== got.text) differences.push({ path: want.path, what: textDifference(want.text, got.text) });
  }
  for (const got of actual) if (!seen.has(got.path)) differences.push({ path: got.path, what: 'only in the CDN build' });
  return differences;
}

/** Properties whose change is usually a consequence of a change elsewhere (a lost border makes every ancestor shorter). */
const GEOMETRY = new Set(['width', 'height', 'top', 'right', 'bottom', 'left', 'grid-template-columns']);

/**
 * The differences for a failure message, grouped by element (modules' value first, then the
 * CDN's): missing elements and text first, then styles, then sizes alone, which mostly follow
 * from the others; each group in tree order.
 */
export function describeDifferences(differences: Difference[], limit = 10): string {
  const groups = new Map<string, string[]>();
  for (const d of differences) groups.set(d.path, [...(groups.get(d.path) ?? []), d.what]);
  const rank = (whats: string[]) =>
    whats.some((w) => /^(text differs|missing|only in)/.test(w)) ? 0 : whats.some((w) => !GEOMETRY.has(w.split(':')[0]!)) ? 1 : 2;
  const ordered = [...groups].map(([path, whats], order) => ({ path, whats, order, rank: rank(whats) }));
  ordered.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const lines = ordered.slice(0, limit).map(({ path, whats }) => `  ${path}\n    ${whats.join('\n    ')}`);
  const more = ordered.length > limit ? `\n  … and ${ordered.length - limit} more element(s)` : '';
  return `${differences.length} difference(s) in ${groups.size} element(s), modules vs CDN:\n${lines.join('\n')}${more}`;
}

type Updating = Element & { updateComplete?: Promise<unknown>; state?: unknown };

const frame = (view: Window) => new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));

/**
 * Waits until a scene has settled: no custom element is still undefined (the CDN build's parts
 * arrive as a chunk), its first element has reached `state` when it has one, every nested
 * element's `updateComplete` resolved, no animation is running (each is held at its start), and
 * the signature stayed the same across a few frames. Throws with what it was waiting for when
 * `timeout` passes.
 */
export async function settleScene(section: HTMLElement, options: { state?: string; timeout?: number } = {}): Promise<ElementSignature[]> {
  const view = section.ownerDocument.defaultView!;
  const deadline = performance.now() + (options.timeout ?? 8000);
  let previous = '';
  let stableFor = 0;
  let waitingFor: string;
  for (;;) {
    const elements = allElements(section) as Updating[];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      for (const animation of el.getAnimations({ subtree: true })) {
        animation.pause();
        animation.currentTime = 0;
      }
    }
    const undefinedTags = elements.filter((el) => el.matches(':not(:defined)')).map((el) => el.localName);
    const host = section.firstElementChild as Updating | null;
    const wanted = host && 'state' in host ? (options.state ?? 'ready') : undefined;
    if (undefinedTags.length > 0) waitingFor = `undefined elements: ${[...new Set(undefinedTags)].join(', ')}`;
    else if (wanted !== undefined && host!.state !== wanted) waitingFor = `state ${wanted} (it is ${String(host!.state)})`;
    else {
      const now = JSON.stringify(signature(section));
      stableFor = now === previous ? stableFor + 1 : 0;
      previous = now;
      waitingFor = 'a signature that stays the same';
      if (stableFor >= 3) return JSON.parse(now) as ElementSignature[];
    }
    if (performance.now() > deadline) throw new Error(`scene "${section.dataset['scene']}" never settled: waiting for ${waitingFor}`);
    await frame(view);
    await new Promise((resolve) => view.setTimeout(resolve, 30));
  }
}
