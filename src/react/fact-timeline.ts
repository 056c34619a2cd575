import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import '../elements/timeline/fact-timeline.js';
import type { FactTimeline as FactTimelineElement } from '../elements/timeline/timeline.element.js';
import type { FactCheck, TimelineEvent } from '../data/fact-check/schema.js';
import type { HeadingLevel } from '../elements/internal/heading.js';
import { LINK_EVENTS, type FactLinkProps } from './events.js';
import type { HostProps } from './host-props.js';
import { wrapElement } from './wrap.js';

/** The props of `<FactTimeline>`: its properties, `onFactLink`, and React's HTML attributes. */
export interface FactTimelineProps extends HostProps<FactTimelineElement>, FactLinkProps {
  /** The dated events, shaped like a FactCheck document's `timeline`. */
  events?: TimelineEvent[];
  /** A whole FactCheck document to take the events from; ignored while `events` is given. */
  data?: FactCheck;
  /** The level of the "Timeline" heading, 2 to 6 (3). Written as the `heading-level` attribute. */
  headingLevel?: HeadingLevel;
}

/**
 * `<fact-timeline>` for React. Its events are properties, set when React hydrates (or mounts):
 * react-dom/server writes an empty element with its attributes, which draws on the client.
 * Importing this module registers the element.
 *
 * ```tsx
 * <FactTimeline events={doc.timeline} headingLevel={4} />
 * ```
 */
export const FactTimeline: ForwardRefExoticComponent<FactTimelineProps & RefAttributes<FactTimelineElement>> = wrapElement<
  FactTimelineElement,
  FactTimelineProps
>({
  tagName: 'fact-timeline',
  displayName: 'FactTimeline',
  properties: ['events', 'data'],
  attributes: { headingLevel: 'heading-level' },
  events: LINK_EVENTS,
});

export type { FactTimelineElement };
