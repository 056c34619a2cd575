import { childPath } from '../problems.js';

/**
 * Paths into the ClaimReview input, written the way its keys read: `[0].claimReviewed`,
 * `@graph[2].reviewRating`, `dataFeedElement[0].item[1].url`. JSON-LD keywords (`@graph`) are
 * written as plain keys rather than quoted.
 */
export function at(path: string, key: string | number): string {
  if (typeof key === 'string' && /^@[A-Za-z]\w*$/.test(key)) return path === '$' || path === '' ? key : `${path}.${key}`;
  return childPath(path, key);
}
