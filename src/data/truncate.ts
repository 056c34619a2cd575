/**
 * Cutting text to a limit in Unicode characters (code points), the unit JSON Schema's `maxLength`
 * counts, in time proportional to the limit rather than to the string: a 30-million-character
 * claim is cut after reading about as many characters as the limit allows.
 */
import { exceedsLength } from './code-points.js';

/** The first `count` code points of `text` (never half of a surrogate pair). */
function firstCodePoints(text: string, count: number): string {
  let end = 0;
  for (let seen = 0; seen < count && end < text.length; seen += 1) {
    const unit = text.charCodeAt(end);
    const pair = unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    end += pair ? 2 : 1;
  }
  return text.slice(0, end);
}

/** `text` cut to `max` code points, the last of them `…`; `text` itself when it fits. */
export function truncate(text: string, max: number): string {
  return exceedsLength(text, max) ? `${firstCodePoints(text, Math.max(0, max - 1))}…` : text;
}

/** What a problem says about a string that was cut. */
export function truncatedMessage(max: number): string {
  return `is longer than ${max} characters; cut to ${max} (ending in …)`;
}

/** What a problem says about a list whose extra items were left out. */
export function tooManyItemsMessage(length: number, max: number): string {
  return `holds ${length} items, more than the ${max} read; the first ${max} are kept and the rest left out`;
}
