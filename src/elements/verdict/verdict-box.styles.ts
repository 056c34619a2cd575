import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * The embed's box, in every state: the same box before its implementation arrives (the CDN build),
 * while it loads, and once the document shows, so nothing on the page moves between them. `theme`
 * sets `color-scheme`, and every colour falls back through `light-dark()`, so `auto` follows the
 * page's own `color-scheme` rather than the reader's system setting (a light article never gets a
 * dark box).
 */
export const verdictBoxStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--fact-max-width, 42rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* The box's spacing from the text around it is inside the shadow root, where a page's reset
     ("* { margin: 0 }", which matches the host and beats :host) cannot reach it. */
  .embed {
    margin-block: calc(${tokens.space} * 1.5);
    display: flex;
    flex-direction: column;
    gap: ${tokens.space};
    padding: calc(${tokens.space} * 1.25);
    background: ${tokens.surface};
    color: ${tokens.text};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    line-height: 1.5;
  }
  .embed + .embed {
    margin-block-start: ${tokens.space};
  }
  .loading {
    min-block-size: var(--fact-loading-min-height, 16rem);
  }
  :host([layout='compact']) .loading {
    min-block-size: var(--fact-loading-min-height, 9rem);
  }

  /* A narrow column (a sidebar, a phone) tightens the box. */
  @container (max-width: 26rem) {
    .embed {
      padding: ${tokens.space};
      gap: calc(${tokens.space} * 0.75);
    }
  }

  @media (forced-colors: active) {
    .embed {
      border-color: CanvasText;
    }
  }
`;
