import type { Rating } from '../data/ratings/rating.js';

/**
 * The English message catalogue: every string a reader sees, named and parameterized. Other
 * locales provide the same keys (see `messages.ts`); a missing key falls back to English.
 */
export const en = {
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
  claimHeading: 'Claim',
  claimBy: (p: { name: string }): string => `Claim by ${p.name}`,
  claimMadeOn: (p: { date: string }): string => `Made ${p.date}`,
  appearedIn: 'Where it appeared',
  summaryHeading: 'Why',
  sourcesHeading: (p: { count: number }): string => (p.count === 1 ? '1 source' : `${p.count} sources`),
  showAllSources: (p: { count: number }): string => `Show all ${p.count} sources`,
  showFewerSources: 'Show fewer sources',
  stanceName: (p: { stance: 'supports' | 'refutes' | 'context' }): string =>
    ({ supports: 'Supports the claim', refutes: 'Refutes the claim', context: 'Context' })[p.stance],
  timelineHeading: 'Timeline',
  dateRange: (p: { start: string; end: string }): string => `${p.start} – ${p.end}`,
  keyEvent: 'Key event',
  publishedBy: (p: { name: string }): string => `Fact-check by ${p.name}`,
  byAuthors: (p: { names: string }): string => `By ${p.names}`,
  publishedOn: (p: { date: string }): string => `Published ${p.date}`,
  updatedOn: (p: { date: string }): string => `Updated ${p.date}`,
  correctionsHeading: 'Corrections',
  readFullFactCheck: 'Read the full fact-check',
  publisherLogo: (p: { name: string }): string => `${p.name} logo`,
  factCheckKicker: 'Fact check',
  expandFactCheck: 'Show the whole fact-check',
  collapseFactCheck: 'Show less',
  loading: 'Loading fact-check…',
  errorTitle: 'This fact-check could not be shown.',
  /** The reader's connection (or a blocked request) is the likely cause: say so. */
  errorNetwork: 'It could not be loaded. Check your connection and try again.',
  /** The publisher's server answered with an error: not the reader's fault. */
  errorHttp: 'The server that holds it did not provide it. Try again later.',
  errorTimeout: 'It is taking too long to load. Try again.',
  errorTooLarge: 'It is too large to show here.',
  /** The document arrived but is not JSON: a publishing mistake, nothing the reader can fix. */
  errorParse: 'Its data could not be read.',
  errorInvalid: 'Its data is not valid.',
  errorDetails: 'Details',
  retry: 'Try again',
  opensInNewTab: '(opens in a new tab)',
  // <fact-claim-card>
  /** Who made the claim and who they are; the name may be a link, so keep both placeholders. */
  claimantWithRole: (p: { name: string; role: string }): string => `${p.name}, ${p.role}`,
};

export type Catalogue = typeof en;
