import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * The badge's popover (adopted with it, so the CDN entry carries none of this). Beside the badge
 * in a wide window, through CSS anchor positioning where the browser has it (`badge-popover.place.ts`
 * places it otherwise): under the badge or, where there is more room, over it, never past the
 * window's edges, scrolling inside when the fact-check is taller than the room. In a narrow window
 * (a phone) it is a sheet along the bottom, nearly the window's width.
 */
export const popoverStyles = css`
  .popover {
    box-sizing: border-box;
    inset: auto;
    margin: 0;
    padding: 0;
    border: 0;
    inline-size: min(40rem, 100% - 1rem);
    max-block-size: calc(100% - 1rem);
    overflow: auto;
    overscroll-behavior: contain;
    background: transparent;
    color: inherit;
    line-height: normal;
    white-space: normal;
    text-align: start;
    border-radius: ${tokens.radius};
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
  }
  .popover fact-verdict {
    max-inline-size: none;
  }
  /* The embed's box fills the popover: its spacing from the article's text has no place here. */
  .popover fact-verdict::part(base) {
    margin: 0;
  }
  .close {
    position: sticky;
    z-index: 1;
    inset-block-start: 0.5rem;
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: 0.5rem -2.5rem;
    margin-inline: auto 0.5rem;
    padding: 0;
    border: 1px solid ${tokens.border};
    border-radius: 50%;
    background: ${tokens.surface};
    color: ${tokens.text};
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }
  /* The area under the badge (or over it, when that is taller) is its containing block, so 100%
     there is the room it has; centred on the badge, shifted to stay inside the window. */
  @media (min-width: 36rem) {
    @supports (anchor-name: --a) {
      .popover {
        position-area: block-end;
        justify-self: anchor-center;
        margin: 0.25rem 0.5rem;
        max-block-size: calc(100% - 0.75rem);
        position-try: most-block-size flip-block;
      }
    }
  }
  @media (max-width: 35.99rem) {
    .popover {
      inset: auto 0.5rem 0.5rem;
      inline-size: auto;
      max-block-size: 85%;
    }
    .popover::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
  }
  @media (forced-colors: active) {
    .popover {
      border: 1px solid CanvasText;
    }
  }
`;
