import React, { type ForwardRefExoticComponent, type PropsWithoutRef, type ReactNode, type RefAttributes } from 'react';
import { createComponent } from '@lit/react';

/** How one element is wrapped; see {@link wrapElement}. */
export interface WrapOptions<P> {
  /** The tag the element is registered under. */
  tagName: string;
  /** The React component's name, as DevTools and warnings show it. */
  displayName: string;
  /** Props set as element properties once the element is in the page: the objects, which no HTML attribute can carry. */
  properties: readonly string[];
  /** Props written as attributes, by prop name: the strings and numbers, so react-dom/server writes them. */
  attributes: Readonly<Record<string, string>>;
  /** Event props, by prop name: `{ onFactLoad: 'fact-load' }`. */
  events: Readonly<Record<string, string>>;
  /** The element's children, from the props, when they are more than `props.children`. */
  children?: (props: P) => ReactNode;
}

/**
 * What `createComponent` is told the element class is. It sets a prop as an element property when
 * the name is on the class's prototype, and it does so in a layout effect, which never runs under
 * react-dom/server: with the real class, `layout`, `label` or `id` would be missing from the
 * server's HTML, and the element, upgraded before hydration, would first draw without them. This
 * stand-in lists only the object-valued properties, so everything else goes to React, which writes
 * it as an attribute on the server and, in React 19, sets a custom element's property on the client.
 */
function objectProperties(names: readonly string[]): new () => HTMLElement {
  function ObjectProperties(): void {}
  ObjectProperties.prototype = Object.fromEntries(names.map((name) => [name, undefined]));
  return ObjectProperties as unknown as new () => HTMLElement;
}

/**
 * A React component for one element, made with `@lit/react`'s `createComponent`: object props are
 * set as properties (on the client), scalar props are attributes (so server HTML has them), event
 * props become listeners, and everything else (`id`, `className`, `style`, `lang`, `aria-*`) goes
 * to React as usual.
 */
export function wrapElement<I extends HTMLElement, P extends object>(
  options: WrapOptions<P>,
): ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<I>> {
  const { tagName, displayName, properties, attributes, events, children } = options;
  const Element = createComponent({
    react: React,
    tagName,
    elementClass: objectProperties(properties),
    events,
    displayName: `${displayName}.Element`,
  }) as unknown as ForwardRefExoticComponent<Record<string, unknown> & RefAttributes<I>>;

  const Wrapper = React.forwardRef<I, P>((props, ref) => {
    const passed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) passed[Object.hasOwn(attributes, name) ? attributes[name]! : name] = value;
    if (children) passed.children = children(props as P);
    return React.createElement(Element, { ...passed, ref });
  });
  Wrapper.displayName = displayName;
  return Wrapper as ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<I>>;
}
