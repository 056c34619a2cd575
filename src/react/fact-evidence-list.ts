import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import '../elements/evidence-list/fact-evidence-list.js';
import type { FactEvidenceList as FactEvidenceListElement } from '../elements/evidence-list/evidence-list.element.js';
import type { Evidence, FactCheck } from '../data/fact-check/schema.js';
import type { HeadingLevel } from '../elements/internal/heading.js';
import { LIST_EVENTS, type FactLinkProps, type FactSourcesToggleProps } from './events.js';
import type { HostProps } from './host-props.js';
import { wrapElement } from './wrap.js';

/** The props of `<FactEvidenceList>`: its properties, its events, and React's HTML attributes. */
export interface FactEvidenceListProps extends HostProps<FactEvidenceListElement>, FactLinkProps, FactSourcesToggleProps {
  /** The sources to list, shaped like a FactCheck document's `evidence`. */
  evidence?: Evidence[];
  /** A whole FactCheck document to take the sources from; ignored while `evidence` is given. */
  data?: FactCheck;
  /** How many sources show before the rest collapse behind a button (5). */
  limit?: number;
  /** The level of the list's heading, 2 to 6 (3). Written as the `heading-level` attribute. */
  headingLevel?: HeadingLevel;
}

/**
 * `<fact-evidence-list>` for React. Its sources are properties, set when React hydrates (or
 * mounts): react-dom/server writes an empty element with its attributes, which draws on the
 * client. Importing this module registers the element.
 *
 * ```tsx
 * <FactEvidenceList evidence={doc.evidence} limit={3} onFactSourcesToggle={(e) => track(e.detail.expanded)} />
 * ```
 */
export const FactEvidenceList: ForwardRefExoticComponent<FactEvidenceListProps & RefAttributes<FactEvidenceListElement>> = wrapElement<
  FactEvidenceListElement,
  FactEvidenceListProps
>({
  tagName: 'fact-evidence-list',
  displayName: 'FactEvidenceList',
  properties: ['evidence', 'data'],
  attributes: { limit: 'limit', headingLevel: 'heading-level' },
  events: LIST_EVENTS,
});

export type { FactEvidenceListElement };
