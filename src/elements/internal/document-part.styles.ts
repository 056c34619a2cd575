import { css } from 'lit';

/** Box and heading rules the evidence list and the timeline share; each adds its own sheet after. */
export const documentPartStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.5;
  }
  .heading {
    margin-block: 0 0.5rem;
    font-size: 1em;
    line-height: 1.3;
  }
`;
