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
    /* Sized by the space it is given, not the viewport: beside or under, by the card's own width. */
    container-type: inline-size;
  }
  .card {
    margin: 0;
  }
  /* The publisher's words, bold and at least 1.25x the text, through the badge's own tokens (set
     here, not inherited from the page: its size for inline badges is not the verdict's, which has
     a token of its own). */
  .verdict fact-verdict-badge {
    --fact-badge-font-size: var(--fact-verdict-font-size, 1.25em);
    --fact-badge-font-weight: 700;
  }
  /* A wide card: two columns, the claim and beside it the verdict (as Full Fact and PolitiFact do). */
  @container (min-width: 30rem) {
    .has-verdict {
      display: grid;
      /* The verdict's column as wide as its words, up to two fifths: a long label wraps there. */
      grid-template-columns: 1fr fit-content(40%);
      column-gap: ${tokens.space};
    }
    /* A conclusion is a sentence: the claim and it take a column each, as in Full Fact's box. */
    .has-conclusion {
      grid-template-columns: 1fr 1fr;
    }
    .has-verdict .verdict {
      margin: 0;
      padding: 0;
    }
    .has-verdict .attribution {
      grid-column: 1 / -1;
    }
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
  /* A narrow card: the verdict directly under the quotation, before who said it and where. Both
     line up with the quotation's text: its rule plus its padding. */
  .verdict,
  .attribution {
    margin-block-start: calc(${tokens.space} * 0.75);
    padding-inline-start: calc(${tokens.space} + 0.25rem);
  }
  /* The claim's own paragraph (in its own language and direction; the rule stays on the card's
     side) and every line of the caption. */
  p {
    margin: 0;
  }
  /* A publisher's conclusion: a statement, as prominent as a verdict's words, not a pill. */
  .conclusion {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* The publisher's scale, least accurate step first (so it mirrors with the direction); the
     verdict's step is taller and filled, the others outlined: marked by shape, not colour alone. */
  .scale {
    display: flex;
    align-items: flex-end;
    gap: 2px;
    inline-size: 100%;
    min-inline-size: 6rem;
    max-inline-size: 12rem;
    margin-block-start: 0.5em;
    color: ${tokens.muted};
  }
  .step {
    flex: 1;
    block-size: 0.375rem;
    border: 1px solid;
    border-radius: 1px;
  }
  .here {
    block-size: 0.75rem;
    background: currentColor;
  }
  .muted {
    color: ${tokens.muted};
  }
  .claimant-name {
    font-weight: 600;
  }
  .appearances,
  .context {
    margin-block-start: calc(${tokens.space} * 0.5);
  }
  /* "Where it appeared", "Context". */
  .label {
    font-size: 0.875em;
  }
  .appearance-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .appearance-date {
    display: block;
  }
  .context-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  a {
    color: ${tokens.accent};
    text-underline-offset: 0.15em;
  }
  .error {
    padding-inline-start: calc(${tokens.space} * 0.875);
    border-inline-start: 0.25rem solid ${tokens.accent};
  }

  @media (forced-colors: active) {
    .quote,
    .error {
      border-inline-start-color: CanvasText;
    }
    .here {
      background: CanvasText;
    }
    /* Text and links take CanvasText and LinkText from forced colours themselves. */
  }
`;
