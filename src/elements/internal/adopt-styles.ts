import { nothing, type CSSResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Adds a view's style sheet to the shadow root it is drawn in, once, when the view is drawn. For
 * views that arrive in a chunk of their own (the CDN build's round-up): their rules travel with
 * them instead of weighing on every embed's kit, which would carry them whether or not a round-up
 * is ever shown. The npm element lists the same sheet in its `static styles` (as a server render
 * needs it), and then this finds it adopted already. After the root's other sheets, so it wins
 * over rules of the same weight as a later entry of `static styles` would.
 */
class AdoptStyles extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('adoptStyles() belongs on an element: <div ${adoptStyles(styles)}>');
  }

  render(_styles: CSSResult) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [CSSResult]) {
    // The root of the element whose render this is: on a first render the view's nodes are still
    // in the fragment Lit is filling, not yet in that root.
    const host = part.options?.host as Element | undefined;
    const root = host?.shadowRoot ?? (part.element.getRootNode() as ShadowRoot);
    const sheet = styles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return nothing;
  }
}

export const adoptStyles = directive(AdoptStyles);
