import type { FactCheck } from '../fact-check/schema.js';
import type { Problem } from '../problems.js';
import { describeError, unreadable } from '../unreadable.js';
import { MAX_REVIEWS } from '../limits.js';
import { parseInput } from './parse-input.js';
import { snapshot } from './snapshot.js';
import { findReviews } from './find-reviews.js';
import { resolveReferences } from './resolve-references.js';
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
  /**
   * How many reviews to read at most, in document order; `MAX_REVIEWS` (100) by default. More
   * are left out with one warning.
   */
  maxReviews?: number;
}

export interface FromClaimReviewResult {
  /** One FactCheck document per review that could be shown, in the order they appear. */
  documents: FactCheck[];
  /**
   * Every problem, each with its JSON path into the input (`[0].claimReviewed`,
   * `@graph[2].reviewRating`). A warning means a value was left out or replaced and the document
   * still shows; an error means that review was left out (it had no claim text, or a value in it
   * could not be read), while the other reviews still come through.
   */
  problems: Problem[];
}

/**
 * Imports fact-checks published as schema.org ClaimReview (JSON-LD, as found in
 * `<script type="application/ld+json">`, or that script's text) or as a Google Fact Check Tools
 * API `claims:search` result. Never throws, whatever it is given: a getter or Proxy trap that
 * throws is an error at its path, cycles and runaway nesting are left out with a warning, and text
 * is cut to the FactCheck limits (see `limits.ts`). Every document returned passes `readFactCheck`
 * without a warning; its normalized rating is left for `readFactCheck` to derive from the label,
 * then the score.
 *
 * Accepted shapes: one ClaimReview, a list, an `@graph` mixed with other nodes, a Data Commons
 * DataFeed, a page whose `mainEntity` is the review, `{ claims: [...] }` from the Fact Check
 * Tools API, or one claim of it (each of its `claimReview` entries gives one document).
 *
 * Never read, because ClaimReview has no such field: `verdict.whatsTrue` and `verdict.whatsFalse`
 * (not taken from Review's `positiveNotes` / `negativeNotes`, a product review's pros and cons) and
 * the sources with their `archiveUrl` (see `toClaimReview`).
 *
 * Text is cleaned on the way in: HTML entities are decoded (`&amp;`, `&#8220;`, `&nbsp;`; tags are
 * not stripped), line breaks and runs of spaces fold into one space, ends are trimmed.
 */
export function fromClaimReview(input: unknown, options: FromClaimReviewOptions = {}): FromClaimReviewResult {
  const problems: Problem[] = [];
  try {
    return { documents: importReviews(input, options, problems), problems };
  } catch (thrown) {
    // The snapshot leaves the readers only plain data; this is the net under anything it missed.
    problems.push(unreadable('$', thrown));
    return { documents: [], problems };
  }
}

function importReviews(input: unknown, options: FromClaimReviewOptions, problems: Problem[]): FactCheck[] {
  const parsed = parseInput(input);
  if (!parsed.ok) {
    problems.push({ path: '$', message: 'expected ClaimReview JSON-LD, got text that is not JSON', severity: 'error' });
    return [];
  }
  const before = problems.length;
  const value = snapshot(parsed.value, problems);
  const unreadablePaths = problems
    .slice(before)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => problem.path);
  // An author or publisher given as a reference to another node of a @graph reads as that node.
  resolveReferences(value);
  const maxReviews = options.maxReviews ?? MAX_REVIEWS;
  const found = findReviews(value, maxReviews);
  if (found.length === 0) {
    const hint = isNode(value) && isNode(value.claim) && isNode(value.verdict) ? ' (this is a FactCheck document: read it with readFactCheck)' : '';
    problems.push({ path: '$', message: `no ClaimReview found${hint}`, severity: 'error' });
    return [];
  }
  if (found.length > maxReviews) {
    problems.push({ path: '$', message: `holds more than ${maxReviews} reviews; only the first ${maxReviews} are read`, severity: 'warning' });
  }
  const documents: FactCheck[] = [];
  for (const review of found.slice(0, maxReviews)) {
    // A review with a value that could not be read is not shown with that value quietly missing.
    const roots = review.kind === 'tools-api' ? [review.path, review.claimPath] : [review.path];
    if (unreadablePaths.some((path) => roots.some((root) => isWithin(path, root)))) {
      problems.push({ path: review.path, message: 'holds a value that could not be read; this review is left out', severity: 'error' });
      continue;
    }
    const ctx: ReadContext = { problems };
    try {
      const document =
        review.kind === 'claim-review'
          ? readClaimReview(review.node, review.path, ctx, options.pageUrl)
          : readToolsApiReview(review.claim, review.claimPath, review.node, review.path, ctx);
      if (document) documents.push(document);
    } catch (thrown) {
      // The readers see plain data only; should one still fail, that review alone is left out.
      problems.push({ path: review.path, message: `could not be read (${describeError(thrown)}); this review is left out`, severity: 'error' });
    }
  }
  return documents;
}

/** Whether `path` is `root` or a path inside it (`[0].url` is inside `[0]`; everything is inside `$`). */
function isWithin(path: string, root: string): boolean {
  return root === '$' || path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);
}
