import React, { type ForwardRefExoticComponent, type ReactNode, type RefAttributes } from 'react';
// Registers <fact-verdict> and the parts it draws with, as any page that uses the wrapper needs.
import '../elements/verdict/fact-verdict.js';
import type { FactVerdict as FactVerdictElement } from '../elements/verdict/verdict.element.js';
import type { FactVerdictData, VerdictLayout, VerdictLoading, VerdictTheme } from '../elements/verdict/verdict.element.js';
import type { HeadingLevel } from '../elements/internal/heading.js';
import { VERDICT_EVENTS, type FactVerdictEventProps } from './events.js';
import type { HostProps } from './host-props.js';
import { inlineJson } from './inline-json.js';
import { wrapElement } from './wrap.js';

/** The props of `<FactVerdict>`: the element's properties, its events, and React's HTML attributes. */
export interface FactVerdictProps extends HostProps<FactVerdictElement>, FactVerdictEventProps {
  /**
   * A FactCheck document or ClaimReview JSON-LD. Written into the HTML as the element's inline
   * JSON child (so it survives react-dom/server and hydration), and set as the `data` property on
   * the client; it wins over `src`.
   */
  data?: FactVerdictData;
  /** URL of a FactCheck or ClaimReview JSON document to fetch (without cookies), when there is no `data`. */
  src?: string;
  /** `full` (the default) shows everything; `compact` the claim, the verdict, why, and the link. */
  layout?: VerdictLayout;
  /** `lazy` (the default) fetches `src` only near the viewport; `eager` at once. */
  loading?: VerdictLoading;
  /** How long to wait for `src`, in milliseconds. */
  timeout?: number;
  /** `auto` (the default) follows the page's `color-scheme`; `light` and `dark` force one. */
  theme?: VerdictTheme;
  /** The level of the embed's headline, 2 (the default) to 6. Written as the `heading-level` attribute. */
  headingLevel?: HeadingLevel;
  /** The fallback: what readers see before the element upgrades, without JavaScript, and whenever it is not ready. */
  children?: ReactNode;
}

/**
 * `<fact-verdict>` for React 18 and 19, server rendering included: `data` is written as the
 * element's inline JSON child, so the document is in the server's HTML and the embed shows it
 * after `hydrateRoot` (a plain `<fact-verdict data={doc}>` would lose it). Events are
 * `onFactLoad`-style props. Importing this module registers the elements.
 *
 * ```tsx
 * <FactVerdict data={doc} layout="compact" onFactLoad={(e) => track(e.detail.document.url)}>
 *   <a href={doc.url}>Read the fact-check</a>
 * </FactVerdict>
 * ```
 */
export const FactVerdict: ForwardRefExoticComponent<FactVerdictProps & RefAttributes<FactVerdictElement>> = wrapElement<FactVerdictElement, FactVerdictProps>({
  tagName: 'fact-verdict',
  displayName: 'FactVerdict',
  properties: ['data'],
  attributes: { src: 'src', layout: 'layout', loading: 'loading', timeout: 'timeout', theme: 'theme', headingLevel: 'heading-level' },
  events: VERDICT_EVENTS,
  // A fragment, not an array: its children need no keys, and it adds nothing to the DOM.
  children: ({ data, children }) => (data === undefined ? children : React.createElement(React.Fragment, null, inlineJson(data), children)),
});

/** The element class, for refs: `useRef<FactVerdictElement>(null)`. */
export type { FactVerdictElement };
