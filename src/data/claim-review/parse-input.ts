/**
 * ClaimReview input as given: a value, or the text of a `<script type="application/ld+json">`,
 * parsed. JSON text cannot hold a getter or a cycle; its values are still read through the
 * snapshot, which bounds their depth and number.
 */
export function parseInput(input: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch {
    return { ok: false };
  }
}
