import type { Rating } from '../data/ratings/rating.js';

/**
 * The English strings the badge needs, the first a CDN entry brings. Kept apart from what the
 * embed's shell says when its implementation could not be loaded (`en-shell.ts`) and from the
 * rest (`en-embed.ts`), so that a page with only badges downloads only these; `en.ts` joins all
 * three into the catalogue.
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
  /** After the badge's words when it opens the fact-check in a popover: "Verdict: False (opens the fact-check)". */
  opensFactCheck: '(opens the fact-check)',
  /** The name of the popover's close button (which shows ×). */
  close: 'Close',
};

export type EarlyCatalogue = typeof enEarly;
