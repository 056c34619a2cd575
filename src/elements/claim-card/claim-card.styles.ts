import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * Colours come from the shared `--fact-*` tokens (see internal/tokens.ts), whose fallbacks follow
 * the page's colour scheme and keep at least 4.5:1 contrast on light and dark surfaces. Only logical properties are used, so the rule beside the quote
 * sits on the reading side in right-to-left pages.
 */
export const claimCardStyles = css`
  :host {
    display: block;
  }
  .card {
    margin: 0;
    color: inherit;
  }
  .quote {
    margin: 0;
    padding-inline-start: ${tokens.space};
    border-inline-start: 0.25rem solid ${tokens.accent};
    font-family: ${tokens.quoteFont};
    font-size: 1.125em;
    line-height: 1.5;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* The claim's own paragraph, in its own language and direction; the rule stays on the card's side. */
  .quote-text {
    margin: 0;
  }
  .attribution {
    /* Lines up with the quotation's text: its rule plus its padding. */
    margin-block-start: calc(${tokens.space} * 0.75);
    padding-inline-start: calc(${tokens.space} + 0.25rem);
  }
  .attribution p {
    margin: 0;
  }
  .muted {
    color: ${tokens.muted};
  }
  .claimant-name {
    font-weight: 600;
  }
  .appearances,
  .context,
  .verdict {
    margin-block-start: calc(${tokens.space} * 0.5);
  }
  .appearances-label {
    font-size: 0.875em;
  }
  .appearance-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .appearance-date {
    display: block;
    font-size: 0.875em;
  }
  .context {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  a {
    color: ${tokens.accent};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  .error {
    padding-inline-start: calc(${tokens.space} * 0.875);
    border-inline-start: 0.25rem solid ${tokens.accent};
  }
  .error-title {
    margin: 0;
  }

  @media (forced-colors: active) {
    .quote,
    .error {
      border-inline-start-color: CanvasText;
    }
    .muted {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
