import { at } from './json-path.js';
import { hasType, isTyped } from './schema-type.js';
import { entries, isNode, type Node } from './values.js';

/** A review found in the input, with the path to it. */
export type FoundReview =
  /** A schema.org ClaimReview or MediaReview node. */
  | { kind: 'claim-review'; node: Node; path: string }
  /** One `claimReview` entry of a Fact Check Tools API claim, with that claim. */
  | { kind: 'tools-api'; node: Node; path: string; claim: Node; claimPath: string };

/**
 * How deep reviews are looked for. Real markup nests them three deep (`dataFeedElement[].item[]`);
 * a site's own API may put them further down its own keys (`data.results[].review`). The input is
 * a snapshot by now, already bounded in depth and in values (`snapshot.ts`), so the walk is too.
 */
const MAX_DEPTH = 12;

/** Keys that hold no reviews: JSON-LD's context, and the review's own parts once one is found. */
const SKIPPED_KEYS = new Set(['@context']);

/**
 * A schema.org ClaimReview: typed as one, or untyped but with `claimReviewed`; or a MediaReview,
 * a review of an image, video or recording, which reads into the same FactCheck document.
 */
export function isClaimReviewNode(value: unknown): boolean {
  return isNode(value) && (hasType(value, 'ClaimReview') || hasType(value, 'MediaReview') || (!isTyped(value) && 'claimReviewed' in value));
}

/** A Fact Check Tools API claim: it carries its reviews in `claimReview`. */
export function isToolsApiClaim(value: unknown): boolean {
  return isNode(value) && !isTyped(value) && 'claimReview' in value;
}

/**
 * Every review in the input, in document order: one ClaimReview or a list of them, a JSON-LD
 * `@graph` mixed with other nodes (WebPage, Organization, BreadcrumbList... are skipped), a Data
 * Commons `DataFeed` (`dataFeedElement[].item[]`), a page whose `mainEntity` is the review, the
 * Fact Check Tools API's `{ claims: [...] }` result or one claim of it, and any other JSON that
 * holds reviews under keys of its own (a site's API: `{ "data": { "items": [{ "review": … }] } }`),
 * looked for in every key, depth first, in document order. A review is not searched for reviews
 * inside it. The walk stops once it has found `limit` reviews and one more (so the caller can tell
 * there were more).
 */
export function findReviews(input: unknown, limit = Infinity): FoundReview[] {
  const found: FoundReview[] = [];
  const seen = new Set<object>();
  const ids = new Set<string>();
  const walk = (value: unknown, path: string, depth: number): void => {
    if (found.length > limit || depth > MAX_DEPTH || typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((entry, i) => walk(entry, at(path, i), depth + 1));
      return;
    }
    const node = value as Node;
    if (isClaimReviewNode(node)) {
      // A page may embed the same review twice (in its @graph and as a WebPage's mainEntity).
      const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
      if (id !== undefined && ids.has(id)) return;
      if (id !== undefined) ids.add(id);
      found.push({ kind: 'claim-review', node, path });
      return;
    }
    if (isToolsApiClaim(node)) {
      for (const [review, reviewPath] of entries(node.claimReview, at(path, 'claimReview'))) {
        if (isNode(review)) found.push({ kind: 'tools-api', node: review, path: reviewPath, claim: node, claimPath: path });
      }
      return;
    }
    if (!isTyped(node) && Array.isArray(node.claims)) {
      walk(node.claims, at(path, 'claims'), depth + 1);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (!SKIPPED_KEYS.has(key)) walk(child, at(path, key), depth + 1);
  };
  walk(input, '$', 0);
  return found;
}
