/**
 * A `<script>` element holding `value` as JSON, safe to print into any HTML page: `<`, `>` and `&`
 * are written as `\u003c`, `\u003e` and `\u0026`, so no text inside it can close the script or
 * open a comment, and U+2028 / U+2029 are escaped for old JavaScript parsers. The JSON it holds
 * parses back to the same value. `type` is `application/ld+json` (schema.org ClaimReview for
 * search engines) unless given; `<fact-verdict>` reads `application/json` children too.
 */
export function jsonScript(value: unknown, type: 'application/ld+json' | 'application/json' = 'application/ld+json'): string {
  const json = (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="${type}">${json}</script>`;
}
