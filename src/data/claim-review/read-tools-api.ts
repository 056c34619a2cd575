import type { FactCheck } from '../fact-check/schema.js';
import { at } from './json-path.js';
import { readDate } from './read-date.js';
import { readLanguage } from './read-language.js';
import { readLabelVerdict } from './read-rating.js';
import { readUrl } from './read-url.js';
import { AS_NAME, AS_TITLE, compact, fail, isNode, readText, warn, type Node, type ReadContext } from './values.js';

/**
 * The API cuts long titles and claims with three dots after a space ("Video does not show the
 * flood of ..."); shown as written, that reads as the publisher's own words trailing off. One
 * ellipsis against the last word says plainly that the text is cut.
 */
function markCut(text: string | undefined): string | undefined {
  return text?.replace(/\s*(?:\.\.\.|…)$/u, '…');
}

/**
 * One review from a Google Fact Check Tools API `claims:search` result as a FactCheck document:
 * the claim (`text`, `claimant`, `claimDate`) is shared by all of its `claimReview` entries, and
 * each entry (`publisher {name, site}`, `url`, `title`, `reviewDate`, `textualRating`,
 * `languageCode`) gives one document.
 */
export function readToolsApiReview(claim: Node, claimPath: string, review: Node, path: string, ctx: ReadContext): FactCheck | undefined {
  const headline = markCut(readText(review.title, at(path, 'title'), ctx, AS_TITLE));
  let text = markCut(readText(claim.text, at(claimPath, 'text'), ctx));
  if (!text && headline) {
    text = headline;
    warn(ctx, at(claimPath, 'text'), 'is missing; the claim text is taken from the review title');
  }
  if (!text) {
    fail(ctx, at(claimPath, 'text'), 'is missing, with no review title to fall back on: with no claim to show, this review is left out');
  }
  const verdict = readLabelVerdict(review.textualRating, at(path, 'textualRating'), ctx);
  if (!text) return undefined;

  ctx.base = undefined;
  const url = readUrl(review.url, at(path, 'url'), ctx);
  const publisherNode = isNode(review.publisher) ? review.publisher : {};
  const publisherPath = at(path, 'publisher');
  const publisherUrl = readUrl(publisherNode.site, at(publisherPath, 'site'), ctx);
  const publisherName =
    readText(publisherNode.name, at(publisherPath, 'name'), ctx, AS_NAME) ?? readText(publisherNode.site, at(publisherPath, 'site'), ctx, AS_NAME);
  const claimantName = readText(claim.claimant, at(claimPath, 'claimant'), ctx, AS_NAME);
  return compact({
    version: 1,
    claim: compact({
      text,
      claimant: claimantName ? { name: claimantName } : undefined,
      date: readDate(claim.claimDate, at(claimPath, 'claimDate'), ctx),
    }),
    verdict,
    headline,
    url,
    language: readLanguage(review.languageCode, at(path, 'languageCode'), ctx),
    datePublished: readDate(review.reviewDate, at(path, 'reviewDate'), ctx),
    publisher: publisherName ? compact({ name: publisherName, url: publisherUrl }) : undefined,
  });
}
