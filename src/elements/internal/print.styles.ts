import { css } from 'lit';

/**
 * How every element prints (issue 12, "Share and print"), in each element's `static styles` after
 * its own sheet, so it wins over rules of the same weight. Paper has no hover, no scrolling and
 * often no colour:
 *
 * - Black on white, whatever the page's scheme: the verdict badge's words dark on white inside a
 *   black outline rather than white on its tone, so nothing means anything by a background alone.
 * - Every link's address printed after it, since a reader cannot follow a printed link.
 * - Nothing kept behind a control: buttons that expand or retry are left off (what they would show
 *   is printed; the evidence list and a round-up expand while printing), a scroller shows all of
 *   its row, wrapped.
 * - No page break inside the card or inside any one item, where the page allows it.
 */
export const printStyles = css`
  @media print {
    :host {
      color-scheme: light;
    }
    .embed,
    .badge {
      background: #fff;
      color: #000;
      border-color: #000;
    }
    a {
      color: inherit;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
    .toggle,
    .expand,
    .retry {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
    .scroller .list {
      flex-wrap: wrap;
    }
    .embed,
    li,
    section,
    figure {
      break-inside: avoid;
    }
  }
`;
