import { css } from 'lit';

/**
 * Tones are read from `--fact-color-<rating>` with fallbacks chosen for at least 4.5:1 contrast
 * against `--fact-badge-text` (white), and keyed off the reflected `rating` attribute.
 */
export const verdictBadgeStyles = css`
  /* A short label keeps to one line like a word of the sentence; a long one wraps inside the badge
     (never wider than the line it sits on), so a 375 px page does not scroll sideways. */
  :host {
    display: inline-block;
    vertical-align: baseline;
    max-inline-size: 100%;
    line-height: 1.2;
  }
  .badge {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.35em;
    padding-block: 0.15em;
    padding-inline: 0.45em 0.6em;
    border-radius: var(--fact-badge-radius, 999px);
    background: var(--_tone);
    color: var(--fact-badge-text, #fff);
    font-weight: var(--fact-badge-font-weight, 600);
    font-size: var(--fact-badge-font-size, 0.875em);
    border: 1px solid transparent;
  }
  /* On the first line of the words, centred in its 1.2 line height. */
  .icon {
    display: inline-flex;
    flex: none;
    margin-block-start: 0.1em;
  }
  .label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  :host([rating='true']) .badge { --_tone: var(--fact-color-true, #1a7332); }
  :host([rating='mostly-true']) .badge { --_tone: var(--fact-color-mostly-true, #3d6b12); }
  :host([rating='mixed']) .badge { --_tone: var(--fact-color-mixed, #805300); }
  :host([rating='mostly-false']) .badge { --_tone: var(--fact-color-mostly-false, #a3410f); }
  :host([rating='false']) .badge { --_tone: var(--fact-color-false, #b42318); }
  :host([rating='misleading']) .badge { --_tone: var(--fact-color-misleading, #9c2a67); }
  :host([rating='unproven']) .badge { --_tone: var(--fact-color-unproven, #4b5563); }
  :host([rating='satire']) .badge { --_tone: var(--fact-color-satire, #6332b0); }
  :host([rating='unrated']) .badge { --_tone: var(--fact-color-unrated, #4b5563); }

  @media (forced-colors: active) {
    .badge {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
