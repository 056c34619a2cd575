import { compareDates, parseDate } from '../dates.js';
import { readFactCheck, type ResolvedFactCheck } from '../fact-check/read.js';
import type { Claim, FactCheck, Media, MediaAuthenticity, MediaKind } from '../fact-check/schema.js';
import type { Rating } from '../ratings/rating.js';
import { safeUrl } from '../safe-url.js';
import { compact } from './values.js';

type Appearance = NonNullable<Claim['appearances']>[number];
type JsonLd = Record<string, unknown>;

function isoDate(value: string | undefined): string | undefined {
  return parseDate(value)?.iso;
}

function text(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function creativeWork(appearance: Appearance): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    url: safeUrl(appearance.url),
    headline: text(appearance.title),
    datePublished: isoDate(appearance.date),
  });
}

const MEDIA_TYPES: Readonly<Record<MediaKind, string>> = { image: 'ImageObject', video: 'VideoObject', audio: 'AudioObject' };

/** schema.org's MediaManipulationRatingEnumeration member for each authenticity code. */
const CATEGORIES: Readonly<Record<MediaAuthenticity, string>> = {
  'original-context': 'OriginalMediaContent',
  'missing-context': 'DecontextualizedContent',
  'edited-or-cropped': 'EditedOrCroppedContent',
  transformed: 'TransformedContent',
  staged: 'StagedContent',
  'satire-or-parody': 'SatireOrParodyContent',
};

/** A size in pixels as schema.org's Distance expects it: a QuantitativeValue in UN/CEFACT's pixel (E37). */
function pixels(value: number | undefined): JsonLd | undefined {
  return value === undefined ? undefined : { '@type': 'QuantitativeValue', value, unitCode: 'E37' };
}

/** The media as the MediaObject it is: the file (`contentUrl`), its thumbnail, size and caption. */
function mediaObject(media: Media): JsonLd {
  return compact({
    '@type': MEDIA_TYPES[media.kind],
    contentUrl: safeUrl(media.url),
    thumbnailUrl: safeUrl(media.thumbnailUrl),
    width: pixels(media.width),
    height: pixels(media.height),
    caption: text(media.caption),
  });
}

/**
 * The appearance to call the first: the only one, or the earliest when every appearance is
 * dated. Otherwise none: FactCheck does not say which came first, and this does not guess.
 */
function firstAppearance(appearances: readonly Appearance[]): Appearance | undefined {
  if (appearances.length <= 1) return appearances[0];
  const dated = appearances.map((a) => ({ a, date: parseDate(a.date) }));
  if (!dated.every((d) => d.date)) return undefined;
  return dated.reduce((earliest, d) => (compareDates(d.date!, earliest.date!) < 0 ? d : earliest)).a;
}

/** How {@link toClaimReview} writes what a document leaves to the reader's language. */
export interface ClaimReviewOptions {
  /**
   * The words for a verdict that has a rating and no label (ClaimReview's `alternateName` is
   * required): a face passes its catalogue's `ratingName`. Without it the rating's code is written
   * (`mostly-false`), which every reader of this format maps back to the same rating.
   */
  ratingName?: (rating: Rating) => string;
}

/**
 * Writes a FactCheck document as schema.org ClaimReview JSON-LD, for search engines and other
 * fact-check consumers. Unsafe URLs and unreadable dates are left out; the text is written as it
 * is (serialize it into a `<script type="application/ld+json">` with `<` escaped as `\u003c`).
 *
 * What ClaimReview carries, and `fromClaimReview` reads back the same:
 * - `claim.text` → `claimReviewed`; `claim.claimant` → `itemReviewed.author` (a Person: FactCheck
 *   does not say whether the claimant is a person or an organization), with its description as
 *   `description` and its page as `url`; `claim.date` → `itemReviewed.datePublished`;
 *   `claim.appearances` → `itemReviewed.appearance` (CreativeWorks with `url`, `headline`,
 *   `datePublished`), and the first of them as `firstAppearance` when that is known (the only
 *   one, or the earliest when all are dated); `claim.context` → `itemReviewed.description`.
 * - `verdict.label` → `reviewRating.alternateName` (with no label, the rating's name as
 *   `options.ratingName` gives it, or its code); `verdict.score` → `ratingValue`,
 *   `bestRating`, `worstRating` (the defaults 5 and 1 written out); `verdict.summary` →
 *   `reviewRating.ratingExplanation`.
 * - `publisher` → `author` Organization with `url` and `logo` (an ImageObject); `authors` → more
 *   `author` entries, as Persons after the Organization.
 * - `url`, `headline`, `language` (→ `inLanguage`), `datePublished`, `dateModified`.
 * - `claim.media` → the first `itemReviewed.appearance`, as the ImageObject, VideoObject or
 *   AudioObject it is (`contentUrl`, `thumbnailUrl`, `width` and `height` as QuantitativeValues in
 *   pixels, `caption`): the claim appeared as that media. Its `authenticity` is a MediaReview's
 *   `mediaAuthenticityCategory`, which ClaimReview has no field for, so the review is then typed
 *   both (`"@type": ["ClaimReview", "MediaReview"]`, as JSON-LD allows a node several types) and
 *   carries it as the enumeration member's IRI (`https://schema.org/DecontextualizedContent`):
 *   search engines still read a ClaimReview, and MediaReview readers its category.
 *
 * What ClaimReview cannot carry, and is left out: `evidence` (with each source's `archiveUrl`:
 * schema.org's `archivedAt` would fit a source, but ClaimReview has no place for the sources
 * themselves, and a `citation` would lose their stance and quote), `timeline`, `corrections`,
 * `verdict.whatsTrue` and `verdict.whatsFalse` (schema.org has no property for either: Review's
 * `positiveNotes` and `negativeNotes` are a product review's pros and cons, in schema.org's "new"
 * area, and no fact-check consumer reads them, so writing them there would invent a meaning), an
 * explicit `verdict.rating` (it is derived again from the label and score), `version`, and unknown
 * extra fields. A document without `url` gives a ClaimReview without one, though search engines
 * require it: there is no address to invent.
 *
 * Never throws. The document is read with `readFactCheck` first (one it returned is taken as it
 * is), so what is written is what the embed would show: text within the limits, no unsafe URL, no
 * value read from a getter twice. A document `readFactCheck` refuses gives an empty object.
 */
export function toClaimReview(factCheck: FactCheck, options: ClaimReviewOptions = {}): Record<string, unknown> {
  const { document } = readFactCheck(factCheck);
  if (!document) return {};
  try {
    return write(document, options.ratingName ?? ((rating) => rating));
  } catch {
    return {}; // Plain validated data cannot make `write` throw; this is only the last net.
  }
}

function write(factCheck: ResolvedFactCheck, ratingName: (rating: Rating) => string): Record<string, unknown> {
  const { claim, verdict, publisher } = factCheck;
  const hasContent = (work: JsonLd) => Object.keys(work).length > 1;
  const appearances = (claim.appearances ?? []).map(creativeWork).filter(hasContent);
  const media = claim.media;
  if (media) appearances.unshift(mediaObject(media));
  const first = firstAppearance(claim.appearances ?? []);
  const firstWork = first ? creativeWork(first) : undefined;
  const claimant = claim.claimant;

  const itemReviewed = compact({
    '@type': 'Claim',
    author: claimant ? compact({ '@type': 'Person', name: claimant.name, description: text(claimant.description), url: safeUrl(claimant.url) }) : undefined,
    datePublished: isoDate(claim.date),
    appearance: appearances.length ? appearances : undefined,
    firstAppearance: firstWork && hasContent(firstWork) ? firstWork : undefined,
    description: text(claim.context),
  });

  const score = verdict.score;
  const reviewRating = compact({
    '@type': 'Rating',
    alternateName: verdict.label ?? ratingName(verdict.rating),
    ratingValue: score?.value,
    bestRating: score ? (score.best ?? 5) : undefined,
    worstRating: score ? (score.worst ?? 1) : undefined,
    ratingExplanation: text(verdict.summary),
  });

  const authors: JsonLd[] = [];
  if (publisher) {
    const logo = safeUrl(publisher.logo);
    authors.push(
      compact({ '@type': 'Organization', name: publisher.name, url: safeUrl(publisher.url), logo: logo ? { '@type': 'ImageObject', url: logo } : undefined }),
    );
  }
  for (const person of factCheck.authors ?? []) authors.push(compact({ '@type': 'Person', name: person.name, url: safeUrl(person.url) }));

  return compact({
    '@context': 'https://schema.org',
    '@type': media?.authenticity ? ['ClaimReview', 'MediaReview'] : 'ClaimReview',
    url: safeUrl(factCheck.url),
    claimReviewed: claim.text,
    itemReviewed,
    author: authors.length === 0 ? undefined : authors.length === 1 ? authors[0] : authors,
    reviewRating,
    mediaAuthenticityCategory: media?.authenticity ? `https://schema.org/${CATEGORIES[media.authenticity]}` : undefined,
    headline: text(factCheck.headline),
    inLanguage: text(factCheck.language),
    datePublished: isoDate(factCheck.datePublished),
    dateModified: isoDate(factCheck.dateModified),
  });
}
