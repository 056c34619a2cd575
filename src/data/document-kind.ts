/**
 * What an input to the document readers looks like, told without reading more of it than that,
 * for choosing a reader and what it needs loaded. The input may be hostile: these may throw (a
 * `has` trap), and their callers catch it and let the readers report it by path.
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A FactCheck document says what it is by its two required fields. */
export function looksLikeFactCheck(input: unknown): input is Record<string, unknown> {
  return isObject(input) && ('claim' in input || 'verdict' in input);
}

/** Only an object, a list or JSON text can hold ClaimReview. */
export function mayBeClaimReview(input: unknown): boolean {
  return (typeof input === 'object' && input !== null) || typeof input === 'string';
}

/** The verdict label of a FactCheck-like input, whose words may need more rating scales. */
export function peekLabel(input: Record<string, unknown>): unknown {
  const verdict = input.verdict;
  return isObject(verdict) ? verdict.label : undefined;
}
