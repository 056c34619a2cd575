import type { Rating } from '../data/ratings/rating.js';

/**
 * The English strings the CDN entry itself needs: the badge's, and what an embed says when its
 * implementation could not be loaded. Kept apart from the rest (`en-embed.ts`) so that a page with
 * only a badge does not download the embed's strings; `en.ts` joins both into the catalogue.
 */
export const enEarly = {
  /** Spoken before the verdict so the badge reads "Verdict: Pants on Fire". */
  verdictPrefix: 'Verdict:',
  ratingName: (p: { rating: Rating }): string =>
    ({
      true: 'True',
      'mostly-true': 'Mostly true',
      mixed: 'Mixed',
      'mostly-false': 'Mostly false',
      false: 'False',
      misleading: 'Misleading',
      unproven: 'Unproven',
      satire: 'Satire',
      unrated: 'Unrated',
    })[p.rating],
  errorTitle: 'This fact-check could not be shown.',
  /** The reader's connection (or a blocked request) is the likely cause: say so. */
  errorNetwork: 'It could not be loaded. Check your connection and try again.',
  errorTimeout: 'It is taking too long to load. Try again.',
  retry: 'Try again',
  /** After the badge's words when it opens the fact-check in a popover: "Verdict: False (opens the fact-check)". */
  opensFactCheck: '(opens the fact-check)',
  /** The name of the popover's close button (which shows ×). */
  close: 'Close',
};

export type EarlyCatalogue = typeof enEarly;
