import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * Text keeps the colour it inherits (the embed's, or the article's); lines, links and secondary
 * text use the shared `--fact-*` tokens (see internal/tokens.ts). Stance colours only mark the
 * stance label's dot and border, beside the words that say it. Logical properties throughout, so
 * the list mirrors under `dir="rtl"`.
 */
export const evidenceListStyles = css`
  /* Numbered, the numbers in the margin at the start, where a footnote's would be. */
  .list {
    margin: 0;
    padding-inline-start: 2em;
  }
  .item {
    padding-block: 0.75rem;
    border-block-start: 1px solid ${tokens.border};
  }
  .item::marker {
    color: ${tokens.muted};
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .item:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  .title {
    display: block;
    font-style: normal;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    margin-block: 0.125rem 0;
    margin-inline: 0;
    color: ${tokens.muted};
    font-size: 0.875em;
  }
  /* A decorative separator: the empty alt text after the slash keeps it out of what is spoken. */
  .meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  .stance {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-block: 0.375rem 0;
    margin-inline: 0;
    padding-block: 0.05em;
    padding-inline: 0.45em 0.6em;
    border: 1px solid var(--_stance);
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .stance::before {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_stance);
  }
  .stance[data-stance='supports'] {
    --_stance: var(--fact-stance-supports, light-dark(#1a7332, #6fcf8a));
  }
  .stance[data-stance='refutes'] {
    --_stance: var(--fact-stance-refutes, light-dark(#b42318, #ff8a80));
  }
  .stance[data-stance='context'] {
    --_stance: var(--fact-stance-context, light-dark(#545d68, #aab3bd));
  }
  .quote {
    margin-block: 0.5rem 0;
    margin-inline: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.1875rem solid ${tokens.border};
    font-family: ${tokens.quoteFont};
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .quote-text {
    margin: 0;
  }
  a {
    color: ${tokens.accent};
    text-underline-offset: 0.15em;
  }
  .toggle {
    margin-block-start: 0.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.subtle};
    color: ${tokens.text};
    font: inherit;
    cursor: pointer;
    /* Brought back into view after collapsing: leave room for the focus outline. */
    scroll-margin-block: 1rem;
  }
  a:focus-visible,
  .toggle:focus-visible {
    outline: 2px solid ${tokens.accent};
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .stance,
    .toggle {
      border-color: CanvasText;
    }
    .stance::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .meta {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    a:focus-visible,
    .toggle:focus-visible {
      outline-color: Highlight;
    }
  }
`;
