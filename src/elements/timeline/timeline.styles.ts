import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * The layout follows the element's own width, not the viewport's: a timeline in a narrow column
 * of a wide page stays a vertical list, and one given room becomes a row that scrolls sideways.
 * Text keeps the colour it inherits; the line, markers and links use the shared `--fact-*` tokens
 * (see internal/tokens.ts). The key event is set apart by its marker and background and named in
 * words. Logical properties throughout, so the timeline mirrors under `dir="rtl"`.
 */
export const timelineStyles = css`
  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding-block: 0.25rem 0;
    padding-inline: 0.625rem 0;
    list-style: none;
  }
  .event {
    --_marker: 0.75rem;
    position: relative;
    padding-block: 0 1rem;
    padding-inline: 1rem 0;
    border-inline-start: 2px solid ${tokens.border};
  }
  .event:last-child {
    padding-block-end: 0;
  }
  /* The marker sits centred on the line, whichever way the line runs. */
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: 0.375rem;
    inset-inline-start: calc(var(--_marker) / -2 - 1px);
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border-radius: 50%;
    background: ${tokens.muted};
  }
  .highlight {
    --_marker: 1.125rem;
  }
  .highlight::before {
    inset-block-start: 0.5rem;
    background: ${tokens.accent};
  }
  .highlight .body {
    /* Transparent, except in forced colours, where the background is dropped and the border shows. */
    border: 1px solid transparent;
    padding: 0.375rem 0.625rem;
    border-radius: ${tokens.radius};
    background: ${tokens.subtle};
  }
  /* The date, the "Key event" label, the title and the description. */
  p {
    margin: 0;
  }
  .date {
    color: ${tokens.muted};
    font-size: 0.875em;
    font-weight: 600;
  }
  .key {
    display: inline-block;
    margin-block: 0.125rem;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: ${tokens.accent};
    font-size: 0.8125em;
    font-weight: 700;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .description {
    margin-block-start: 0.125rem;
    overflow-wrap: anywhere;
  }
  a {
    color: ${tokens.accent};
    text-underline-offset: 0.15em;
  }

  /* From 40rem (as the designers' guide says): wider than a full embed's timeline at the embed's
     default 42rem, so in an embed the events stay a vertical rail and no text is ever cut at the
     scroller's edge; a timeline given a wide column of its own becomes a row. */
  @container (min-width: 40rem) {
    .scroller {
      overflow-x: auto;
      overscroll-behavior-x: contain;
    }
    .list {
      flex-direction: row;
      /* Room for the markers above the line and for focus outlines, which the scroller clips. */
      padding-block: 0.75rem;
      padding-inline: 0.25rem;
    }
    .event {
      flex: 1 0 var(--fact-timeline-event-width, 15rem);
      padding-block: 1rem 0;
      padding-inline: 0 1.5rem;
      border-inline-start: 0;
      border-block-start: 2px solid ${tokens.border};
    }
    .event:last-child {
      padding-inline-end: 0;
    }
    .event::before,
    .highlight::before {
      inset-block-start: calc(var(--_marker) / -2 - 1px);
      inset-inline-start: 0;
    }
  }

  @media (forced-colors: active) {
    .event::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .highlight::before {
      background: Highlight;
    }
    .highlight .body {
      border-color: CanvasText;
    }
    /* Text and links take CanvasText and LinkText from forced colours themselves. */
  }
`;
