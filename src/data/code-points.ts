/**
 * Length in Unicode characters (code points), the unit JSON Schema's `maxLength` counts, judged in
 * time proportional to the limit rather than to the string. Its own module because the URL gate,
 * which every page loads, needs only this; cutting text to a limit (`truncate.ts`) walks the
 * same way.
 */

/**
 * Where the first `count` code points of `text` end, in UTF-16 units: never between the halves of
 * a surrogate pair (a lone surrogate counts as one), and the whole length when `text` is shorter.
 */
export function codePointsEnd(text: string, count: number): number {
  let end = 0;
  for (let seen = 0; seen < count && end < text.length; seen += 1) {
    const unit = text.charCodeAt(end);
    const pair = unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    end += pair ? 2 : 1;
  }
  return end;
}

/** True when `text` has more than `max` code points. */
export function exceedsLength(text: string, max: number): boolean {
  // A code point takes one or two UTF-16 units, so only strings longer than `max` units can be over.
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  return codePointsEnd(text, max) < text.length;
}
