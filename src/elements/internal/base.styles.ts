import { css } from 'lit';

/**
 * Shared by every element. Elements inherit the host page's font and colour; theming hooks are
 * `--fact-*` custom properties read with fallbacks and never declared on `:host`, so a publisher
 * sets them once at `:root`.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
