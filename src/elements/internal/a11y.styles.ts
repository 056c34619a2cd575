import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every element owes readers whatever its own sheet says; listed last in each element's
 * `static styles`, so it wins over an element's rule of the same weight.
 *
 * - Visible focus: every focusable thing (links, buttons, the timeline's scroller, a heading or box
 *   focused from script after "Try again") gets a 2px outline in the accent colour, which is at
 *   least 3:1 on the surface in both schemes. An outline, not a shadow: forced colours keep
 *   outlines and drop shadows.
 * - Forced colours (Windows high contrast): the author's colours are replaced by the system's, and
 *   backgrounds that carried meaning vanish. The focus outline takes `Highlight`; the badge and the
 *   embed keep a `CanvasText` border, so the verdict still reads as a box, in the system's colours.
 * - Reduced motion: nothing animates or transitions (the loading skeleton's pulse included), and
 *   nothing scrolls smoothly.
 */
export const a11yStyles = css`
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid ${tokens.accent};
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
    .badge,
    .embed {
      border: 1px solid CanvasText;
    }
    .badge {
      background: Canvas;
      color: CanvasText;
    }
    .icon svg {
      color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
