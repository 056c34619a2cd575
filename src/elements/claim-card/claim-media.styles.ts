import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * The media of a claim about an image or video (`claim-media.view.ts`). The thumbnail's width is
 * set before it loads (the column, at most 24rem) and its height follows from the `width` and
 * `height` attributes' proportions, so its box is reserved; a very tall image is held to 20rem
 * and shown whole inside that box (`object-fit: contain`) rather than cropped.
 */
export const claimMediaStyles = css`
  .media {
    margin-block-end: calc(${tokens.space} * 0.5);
  }
  .media-thumbnail {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    block-size: auto;
    max-block-size: 20rem;
    object-fit: contain;
    background: ${tokens.subtle};
    border-radius: calc(${tokens.radius} / 2);
  }
  /* Above .attribution p's margin: 0, which would take the gap away. */
  .media .media-facts {
    margin-block-start: calc(${tokens.space} * 0.25);
    font-size: 0.875em;
  }
  /* A dot between the two, for the eye only: a screen reader says "Video, Missing context" from the
     words alone. It ends the first, before the space between them, so a line never starts with it. */
  .media-kind:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.4em;
  }
  .media-authenticity {
    font-weight: 600;
  }
`;
