import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import '../elements/verdict-badge/fact-verdict-badge.js';
import type { FactVerdictBadge as FactVerdictBadgeElement } from '../elements/verdict-badge/verdict-badge.element.js';
import type { Rating } from '../data/ratings/rating.js';
import type { HostProps } from './host-props.js';
import { wrapElement } from './wrap.js';

/** The props of `<FactVerdictBadge>`: the badge's two attributes and React's HTML attributes. */
export interface FactVerdictBadgeProps extends HostProps<FactVerdictBadgeElement> {
  /** The verdict in the publisher's own words; when empty, the rating's name is shown. */
  label?: string;
  /** The normalized rating; derived from `label` when absent. */
  rating?: Rating;
}

/**
 * `<fact-verdict-badge>` for React. It takes strings only, so it renders the same on the server
 * and the client; it fires no events. Importing this module registers the element.
 *
 * ```tsx
 * <FactVerdictBadge label="Pants on Fire" rating="false" />
 * ```
 */
export const FactVerdictBadge: ForwardRefExoticComponent<FactVerdictBadgeProps & RefAttributes<FactVerdictBadgeElement>> = wrapElement<
  FactVerdictBadgeElement,
  FactVerdictBadgeProps
>({
  tagName: 'fact-verdict-badge',
  displayName: 'FactVerdictBadge',
  properties: [],
  attributes: { label: 'label', rating: 'rating' },
  events: {},
});

export type { FactVerdictBadgeElement };
