/**
 * `fact-verdict/react`: the five elements as React components, made with `@lit/react` (React and
 * `@lit/react` are optional peer dependencies; install them to use this entry). Props are typed;
 * events are `onFactLoad`-style props with typed `detail`. Importing it registers the elements.
 *
 * Under react-dom/server, `<FactVerdict data={doc}>` writes the document as the element's inline
 * JSON child, so it is in the HTML and survives `hydrateRoot`. The other elements take their
 * objects as properties only, set on the client.
 */
export { FactVerdict, type FactVerdictProps, type FactVerdictElement } from './fact-verdict.js';
export { FactVerdictBadge, type FactVerdictBadgeProps, type FactVerdictBadgeElement } from './fact-verdict-badge.js';
export { FactClaimCard, type FactClaimCardProps, type FactClaimCardElement } from './fact-claim-card.js';
export { FactEvidenceList, type FactEvidenceListProps, type FactEvidenceListElement } from './fact-evidence-list.js';
export { FactTimeline, type FactTimelineProps, type FactTimelineElement } from './fact-timeline.js';
export type { FactEventHandler, FactLinkProps, FactSourcesToggleProps, FactVerdictEventProps } from './events.js';
export type { HostProps } from './host-props.js';
export type * from '../elements/internal/event-types.js';
