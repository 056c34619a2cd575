import { css } from 'lit';
import { tokens } from '../internal/tokens.js';
import { printStyles } from '../internal/print.styles.js';

/**
 * What the embed draws inside its box (`verdict-box.styles.ts`): the document, the loading
 * placeholder and the error. Layout follows the space the embed is given, through container
 * queries, not the viewport.
 */
export const verdictStyles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  /* Every paragraph sits flush; the gaps between blocks are the box's. */
  p {
    margin: 0;
  }
  .kicker {
    color: ${tokens.accent};
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .headline {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .section-heading {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  /* What holds up and what does not: set off from the why by a rule at the start, the same for
     both (their headings say which, not a colour). */
  .whats-true,
  .whats-false {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.1875rem solid ${tokens.border};
  }
  .attribution {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block-start: ${tokens.space};
    border-block-start: 1px solid ${tokens.border};
    color: ${tokens.muted};
    font-size: 0.875em;
  }
  .publisher {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .logo {
    max-block-size: 1.75rem;
    max-inline-size: 8rem;
    object-fit: contain;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .corrections-heading {
    font-weight: 600;
  }
  .corrections ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .full-link {
    font-weight: 600;
  }
  a {
    color: ${tokens.accent};
  }

  /* With the publisher's fallback the box shows it alone, at the size it had before the script. */
  .fallback + .skeleton {
    display: none;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .skeleton span {
    display: block;
    block-size: 1rem;
    border-radius: 0.25rem;
    background: ${tokens.subtle};
  }
  .skeleton span:nth-child(1) {
    inline-size: 30%;
  }
  .skeleton span:nth-child(2) {
    block-size: 3rem;
  }
  .skeleton span:nth-child(3) {
    inline-size: 70%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: fact-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes fact-pulse {
    50% {
      opacity: 0.55;
    }
  }

  .error {
    margin: 0;
  }
  .error-title {
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .error-details ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
  }
  .retry,
  .expand {
    align-self: flex-start;
    font: inherit;
    padding: 0.375rem 0.875rem;
    border-radius: ${tokens.radius};
    border: 1px solid ${tokens.border};
    background: ${tokens.subtle};
    color: ${tokens.text};
    cursor: pointer;
  }

  /* Compact, for a sidebar: the verdict first, the claim clamped to three lines at the text's size,
     the why to two, then the publisher and the link. Done through the card's parts, as a publisher could. */
  .compact .headline {
    font-size: 1em;
  }
  .compact fact-claim-card::part(base) {
    display: flex;
    flex-direction: column;
  }
  .compact fact-claim-card::part(verdict) {
    order: -1;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .compact fact-claim-card::part(quote),
  .compact .summary p {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    font-size: 1em;
  }
  /* The why, in two lines: the link beneath leads to the rest. */
  .compact .summary p {
    -webkit-line-clamp: 2;
  }

  /* A narrow column (a sidebar, a phone) tightens the box (see verdict-box.styles.ts). */
  @container (max-width: 26rem) {
    .headline {
      font-size: 1.125em;
    }
  }

  @media (forced-colors: active) {
    .skeleton span {
      background: GrayText;
    }
  }

  /* On paper, a compact embed's clamped claim and why print whole. */
  @media print {
    .compact fact-claim-card::part(quote),
    .compact .summary p {
      display: block;
    }
  }

  /* The shared print rules (print.styles.ts), here because this sheet reaches the box in both
     builds (the CDN's element adopts it with its implementation). Last: the literal minifier leaves
     a sheet whole when a rule follows an interpolation. (A round-up's rules for several
     fact-checkers on one claim, consensus.styles.ts, arrive with its views.) */
  ${printStyles}
`;
