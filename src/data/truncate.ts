/**
 * Cutting text to a limit in Unicode characters (code points), the unit JSON Schema's `maxLength`
 * counts, in time proportional to the limit rather than to the string: a 30-million-character
 * claim is cut after reading about as many characters as the limit allows.
 */
import { codePointsEnd, exceedsLength } from './code-points.js';

/** `text` cut to `max` code points, the last of them `…`; `text` itself when it fits. */
export function truncate(text: string, max: number): string {
  return exceedsLength(text, max) ? `${text.slice(0, codePointsEnd(text, Math.max(0, max - 1)))}…` : text;
}

/** What a problem says about a string that was cut. */
export function truncatedMessage(max: number): string {
  return `is longer than ${max} characters; cut to ${max} (ending in …)`;
}

/** What a problem says about a list whose extra items were left out. */
export function tooManyItemsMessage(length: number, max: number): string {
  return `holds ${length} items, more than the ${max} read; the first ${max} are kept and the rest left out`;
}
