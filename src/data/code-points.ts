/**
 * Length in Unicode characters (code points), the unit JSON Schema's `maxLength` counts, judged in
 * time proportional to the limit rather than to the string. Its own module because the URL gate,
 * which every page loads, needs only this.
 */

/** True when `text` has more than `max` code points. */
export function exceedsLength(text: string, max: number): boolean {
  // A code point takes one or two UTF-16 units, so only strings longer than `max` units can be over.
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
    if (count > max) return true;
  }
  return false;
}
