import type { MediaAuthenticity, MediaKind } from '../data/fact-check/schema.js';

/** The English strings of the embed and its parts (the rest are in `en-early.ts`); `en.ts` joins both. */
export const enEmbed = {
  claimHeading: 'Claim',
  claimBy: (p: { name: string }): string => `Claim by ${p.name}`,
  claimMadeOn: (p: { date: string }): string => `Said on ${p.date}`,
  /** The same for a date given only to the month or the year: "Said in July 2022", "Said in 2022". */
  claimMadeIn: (p: { date: string }): string => `Said in ${p.date}`,
  /**
   * The scale rail's text: where the verdict sits on the publisher's ordered scale, counted from
   * its least accurate step ("5 of 6" for PolitiFact's Mostly True). Write the numbers the language's
   * way (`formatCount`); English digits are the numbers' own, so English needs no formatter here.
   */
  scaleStep: (p: { step: number; count: number }): string => `${p.step} of ${p.count} on the publisher’s scale, from false to true`,
  appearedIn: 'Where it appeared',
  summaryHeading: 'Why',
  /** Headings of the verdict's optional blocks on what in the claim holds up and what does not (as Snopes has them). */
  whatsTrueHeading: 'What’s true',
  whatsFalseHeading: 'What’s false',
  sourcesHeading: (p: { count: number }): string => (p.count === 1 ? '1 source' : `${p.count} sources`),
  showAllSources: (p: { count: number }): string => `Show all ${p.count} sources`,
  showFewerSources: 'Show fewer sources',
  /** The link to a source's archived copy (the Wayback Machine, archive.today), after its title. */
  archivedCopy: 'Archived copy',
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
  factCheckKicker: 'Fact-check',
  expandFactCheck: 'Show the whole fact-check',
  collapseFactCheck: 'Show less',
  // Several fact-checkers on one claim (a round-up whose reviews check the same claim)
  /** The label before their verdicts, as in "2 fact-checkers: False · Mostly false". */
  factCheckerCount: (p: { count: number }): string => (p.count === 1 ? '1 fact-checker:' : `${p.count} fact-checkers:`),
  /** Every fact-checker gave the same verdict. */
  verdictsAgree: 'They agree.',
  /** Their verdicts are of one kind (false and mostly false, say) but not the same. */
  verdictsSimilar: 'They broadly agree.',
  verdictsDiffer: 'Their verdicts differ.',
  /** The link to one fact-checker's article; the name says which, in a list of several. */
  readFactCheckBy: (p: { name: string }): string => `Read the fact-check by ${p.name}`,
  loading: 'Loading fact-check…',
  /** The publisher's server answered with an error: not the reader's fault. */
  errorHttp: 'The server that holds it did not provide it. Try again later.',
  errorTooLarge: 'It is too large to show here.',
  /** The document arrived but is not JSON: a publishing mistake, nothing the reader can fix. */
  errorParse: 'Its data could not be read.',
  errorInvalid: 'Its data is not valid.',
  errorDetails: 'Details',
  opensInNewTab: '(opens in a new tab)',
  /**
   * The share control (embeds with `share`): "Share" where the browser has a share sheet, "Copy
   * link" where it does not; "Copy link" also labels the link, shown selected in a text field,
   * when the browser refuses to copy it.
   */
  share: 'Share',
  copyLink: 'Copy link',
  /** Said (and shown) for a few seconds once the link is on the clipboard. */
  linkCopied: 'Link copied',
  // <fact-claim-card>
  /** Who made the claim and who they are; the name may be a link, so keep both placeholders. */
  claimantWithRole: (p: { name: string; role: string }): string => `${p.name}, ${p.role}`,
  /** What the claim is about, shown above the media's thumbnail: "Image", "Video", "Audio". */
  mediaKind: (p: { kind: MediaKind }): string => ({ image: 'Image', video: 'Video', audio: 'Audio' })[p.kind],
  /**
   * What the fact-checker found the media to be, in the words fact-checkers use for schema.org
   * MediaReview's categories ("Missing context" for media shown out of its original context).
   */
  mediaAuthenticity: (p: { authenticity: MediaAuthenticity }): string =>
    ({
      'original-context': 'Original',
      'missing-context': 'Missing context',
      'edited-or-cropped': 'Edited or cropped',
      transformed: 'Transformed',
      staged: 'Staged',
      'satire-or-parody': 'Satire or parody',
    })[p.authenticity],
  /** The thumbnail's text alternative when the document gives no caption. */
  mediaAlt: (p: { kind: MediaKind }): string =>
    ({ image: 'The image being checked', video: 'A still from the video being checked', audio: 'An image for the recording being checked' })[p.kind],
};
