import { css } from 'lit';

/**
 * The theming hooks shared by every element, each a `--fact-*` custom property read with its
 * fallback in one place. Fallbacks use `light-dark()`, so they follow the `color-scheme` the host
 * page declares (and `<fact-verdict theme>` forces); none is ever declared on `:host`.
 */
export const tokens = {
  /** Body text on the embed's surface. */
  text: css`var(--fact-text-color, light-dark(#1f2328, #e8eaed))`,
  /** Secondary text: dates, publishers, captions (at least 4.5:1 on the surface). */
  muted: css`var(--fact-muted-color, light-dark(#545d68, #aab3bd))`,
  /** Links and focus rings. */
  accent: css`var(--fact-accent-color, light-dark(#0a58ca, #8ab4f8))`,
  /** The embed's background. */
  surface: css`var(--fact-surface-color, light-dark(#ffffff, #1b1d21))`,
  /** A tinted background for quotes and highlighted events. */
  subtle: css`var(--fact-subtle-color, light-dark(#f3f4f6, #26292e))`,
  /**
   * Hairlines, the embed's border and the buttons' edges: at least 3:1 on the surface (3.3:1 and
   * 3.9:1), so the embed's box and its buttons can be made out (WCAG 1.4.11), measured by
   * src/elements/a11y-styles.test.ts.
   */
  border: css`var(--fact-border-color, light-dark(#868e96, #737b85))`,
  /** Corner radius of the embed and its cards. */
  radius: css`var(--fact-radius, 0.5rem)`,
  /** The unit of spacing. */
  space: css`var(--fact-space, 1rem)`,
  /** The font of quotations. */
  quoteFont: css`var(--fact-quote-font, inherit)`,
};
