import type { FactCheck } from '../fact-check/schema.js';
import { at } from './json-path.js';
import { readClaim } from './read-claim.js';
import { readDate } from './read-date.js';
import { readLanguage } from './read-language.js';
import { readPublisherAndAuthors } from './read-people.js';
import { readVerdict } from './read-rating.js';
import { mediaReviewVerdict, readAuthenticity } from './read-media.js';
import { hasType } from './schema-type.js';
import { firstAbsolute, readUrl } from './read-url.js';
import { AS_TITLE, compact, readText, type Node, type ReadContext } from './values.js';

/**
 * One schema.org ClaimReview (or MediaReview) node as a FactCheck document, or `undefined` (with an error in
 * `ctx.problems`) when it has no claim text or no verdict to show. `pageUrl` is the page the
 * markup came from, when the caller knows it.
 */
export function readClaimReview(review: Node, path: string, ctx: ReadContext, pageUrl?: string): FactCheck | undefined {
  // Relative URLs are resolved against the page first, then the review's own URL or identifiers.
  const mainEntityOfPage = review.mainEntityOfPage;
  ctx.base = firstAbsolute(pageUrl, review.url, review['@id'], mainEntityOfPage);
  const url = readUrl(review.url, at(path, 'url'), ctx);
  if (url && !pageUrl) ctx.base = url;

  const headline = readText(review.headline, at(path, 'headline'), ctx, AS_TITLE) ?? readText(review.name, at(path, 'name'), ctx, AS_TITLE);
  const claim = readClaim(review, path, ctx, headline);
  if (!claim) return undefined;
  // A MediaReview rates the media by its category; a reviewRating, when it has one, still wins.
  const verdict =
    hasType(review, 'MediaReview') && review.reviewRating === undefined
      ? mediaReviewVerdict(review, path, ctx, claim.media?.authenticity ?? readAuthenticity(review.mediaAuthenticityCategory, path, { problems: [] }))
      : readVerdict(review.reviewRating, at(path, 'reviewRating'), ctx);
  const { publisher, authors } = readPublisherAndAuthors(review, path, ctx);
  return compact({
    version: 1,
    claim,
    verdict,
    headline,
    url,
    language: readLanguage(review.inLanguage, at(path, 'inLanguage'), ctx),
    datePublished: readDate(review.datePublished, at(path, 'datePublished'), ctx),
    dateModified: readDate(review.dateModified, at(path, 'dateModified'), ctx),
    publisher,
    authors,
  });
}
