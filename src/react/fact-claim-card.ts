import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import '../elements/claim-card/fact-claim-card.js';
import type { FactClaimCard as FactClaimCardElement } from '../elements/claim-card/claim-card.element.js';
import type { Claim, FactCheck, Verdict } from '../data/fact-check/schema.js';
import { LINK_EVENTS, type FactLinkProps } from './events.js';
import type { HostProps } from './host-props.js';
import { wrapElement } from './wrap.js';

/** The props of `<FactClaimCard>`: its properties, `onFactLink`, and React's HTML attributes. */
export interface FactClaimCardProps extends HostProps<FactClaimCardElement>, FactLinkProps {
  /** A whole FactCheck document; when given, the claim and verdict are taken from it. */
  data?: FactCheck;
  /** The claim to show; ignored while `data` is given. */
  claim?: Claim;
  /** The verdict on the claim, shown as a badge; ignored while `data` is given. */
  verdict?: Verdict;
}

/**
 * `<fact-claim-card>` for React. It reads its input from properties only, set when React hydrates
 * (or mounts): react-dom/server writes an empty element, which draws on the client. For a claim
 * that is readable in the server's HTML, use `<FactVerdict>`. Importing this module registers the
 * element and its badge.
 *
 * ```tsx
 * <FactClaimCard claim={doc.claim} verdict={doc.verdict} onFactLink={(e) => track(e.detail.href)} />
 * ```
 */
export const FactClaimCard: ForwardRefExoticComponent<FactClaimCardProps & RefAttributes<FactClaimCardElement>> = wrapElement<
  FactClaimCardElement,
  FactClaimCardProps
>({
  tagName: 'fact-claim-card',
  displayName: 'FactClaimCard',
  properties: ['data', 'claim', 'verdict'],
  attributes: {},
  events: LINK_EVENTS,
});

export type { FactClaimCardElement };
