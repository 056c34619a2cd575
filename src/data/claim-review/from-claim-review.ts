import type { FactCheck } from '../fact-check/schema.js';
import type { Problem } from '../problems.js';
import { findReviews, type FoundReview } from './find-reviews.js';
import { readClaimReview } from './read-review.js';
import { readToolsApiReview } from './read-tools-api.js';
import { isNode, type ReadContext } from './values.js';
// Reviews come from publishers everywhere: know every built-in scale's labels (this module is
// itself loaded on demand, so the scales add nothing to pages that never see ClaimReview).
import '../ratings/scales/register-all.js';

export interface FromClaimReviewOptions {
  /**
   * The address of the page the markup was found on. Relative URLs in the markup are resolved
   * against it; without it, against the review's own `url` (or `@id`) when that is absolute, and
   * otherwise they are left out with a warning.
   */
  pageUrl?: string;
}

export interface FromClaimReviewResult {
  /** One FactCheck document per review that could be shown, in the order they appear. */
  documents: FactCheck[];
  /**
   * Every problem, each with its JSON path into the input (`[0].claimReviewed`,
   * `@graph[2].reviewRating`). A warning means a value was left out or replaced and the document
   * still shows; an error means that review was left out (it had no claim text or no verdict),
   * while the other reviews still come through.
   */
  problems: Problem[];
}

/**
 * Imports fact-checks published as schema.org ClaimReview (JSON-LD, as found in
 * `<script type="application/ld+json">`, or that script's text) or as a Google Fact Check Tools
 * API `claims:search` result. Never throws. Every document returned passes `readFactCheck`; its
 * normalized rating is left for `readFactCheck` to derive from the label, then the score.
 *
 * Accepted shapes: one ClaimReview, a list, an `@graph` mixed with other nodes, a Data Commons
 * DataFeed, a page whose `mainEntity` is the review, `{ claims: [...] }` from the Fact Check
 * Tools API, or one claim of it (each of its `claimReview` entries gives one document).
 *
 * Text is cleaned on the way in: HTML entities are decoded (`&amp;`, `&#8220;`, `&nbsp;`; tags are
 * not stripped), line breaks and runs of spaces fold into one space, ends are trimmed.
 */
export function fromClaimReview(input: unknown, options: FromClaimReviewOptions = {}): FromClaimReviewResult {
  const problems: Problem[] = [];
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      problems.push({ path: '$', message: 'expected ClaimReview JSON-LD, got text that is not JSON', severity: 'error' });
      return { documents: [], problems };
    }
  }
  let found: FoundReview[];
  try {
    found = findReviews(value);
  } catch (error) {
    problems.push({ path: '$', message: `could not be read (${errorText(error)})`, severity: 'error' });
    return { documents: [], problems };
  }
  if (found.length === 0) {
    const hint = isNode(value) && isNode(value.claim) && isNode(value.verdict) ? ' (this is a FactCheck document: read it with readFactCheck)' : '';
    problems.push({ path: '$', message: `no ClaimReview found${hint}`, severity: 'error' });
    return { documents: [], problems };
  }
  const documents: FactCheck[] = [];
  for (const review of found) {
    const ctx: ReadContext = { problems };
    try {
      const document =
        review.kind === 'claim-review'
          ? readClaimReview(review.node, review.path, ctx, options.pageUrl)
          : readToolsApiReview(review.claim, review.claimPath, review.node, review.path, ctx);
      if (document) documents.push(document);
    } catch (error) {
      // Only a hostile object (a getter that throws) gets here; JSON cannot. That review is left out.
      problems.push({ path: review.path, message: `could not be read (${errorText(error)}); this review is left out`, severity: 'error' });
    }
  }
  return { documents, problems };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'unexpected value';
}
